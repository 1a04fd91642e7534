import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { useOpportunity } from '../api/get-opportunity';
import { PostOpportunityForm } from './post-opportunity-form';

/** Its firm edits an opportunity; a published one goes back to the chamber's review. */
export function EditOpportunityPage({ id }: { id: string }) {
  const { t } = useTranslation('opportunities');
  const query = useOpportunity(id);
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  return (
    <>
      {query.data.status === 'published' && (
        <Alert color="yellow" variant="light" c="dark.8" mb="md">
          {t('form.backToReview')}
        </Alert>
      )}
      <PostOpportunityForm key={query.data.updatedAt} initial={query.data} />
    </>
  );
}
