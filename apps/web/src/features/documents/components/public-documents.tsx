import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { useDocuments } from '../api/get-documents';
import { DocumentList } from './document-list';

/**
 * A firm's catalogue and certificates on its public page. The API lists them only once the firm
 * is verified (and never its verification papers); with nothing to show, nothing is shown.
 */
export function PublicDocuments({ companyId }: { companyId: string }) {
  const { t } = useTranslation('documents');
  const documents = useDocuments({ ownerKind: 'company', ownerId: companyId });
  const shown = (documents.data?.items ?? []).filter((item) => item.category !== 'evidence');
  if (shown.length === 0) {
    return null;
  }
  return (
    <Stack gap="sm" mt="lg" data-testid="public-documents">
      <Title order={2} size="h4">
        {t('companyDocumentsTitle')}
      </Title>
      <DocumentList documents={shown} />
    </Stack>
  );
}
