import { useParams } from 'react-router';

import { EmptyState } from '@/components/ui/page-states';
import { VisitPage } from '@/features/meetings/components/visit-page';
import { useCurrentUser } from '@/lib/session';
import { useTranslation } from 'react-i18next';

/** One visit's meetings for the signed-in firm. */
export function MeetingVisitRoute() {
  const { t } = useTranslation();
  const { delegationId = '' } = useParams();
  const user = useCurrentUser();
  if (!user?.companyId) {
    return <EmptyState title={t('matches.needProfile')} />;
  }
  return <VisitPage key={delegationId} delegationId={delegationId} myCompanyId={user.companyId} />;
}
