import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useFirmPresence } from '../api/team-api';

/** On a firm's profile, beside "request contact": nobody answers for an unclaimed imported firm. */
export function FirmPresenceNote({ companyId }: { companyId: string }) {
  const { t } = useTranslation('team');
  const presence = useFirmPresence(companyId);
  if (presence.data?.onPlatform !== false) {
    return null;
  }
  return (
    <Alert color="yellow.9" variant="light" data-testid="not-on-platform">
      {t('presence.notYet')}
    </Alert>
  );
}
