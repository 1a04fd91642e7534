import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState, LoadingState } from '@/components/ui/page-states';
import { useDocuments } from '../api/get-documents';
import { DocumentList } from './document-list';

/** A pending firm's papers in the verification queue, beside the fields staff check. */
export function EvidenceReview({ companyId }: { companyId: string }) {
  const { t } = useTranslation('documents');
  const documents = useDocuments({ ownerKind: 'company', ownerId: companyId }, 'evidence');
  return (
    <Stack gap={6} data-testid="evidence-review">
      <Text size="sm" fw={600}>
        {t('reviewTitle')}
      </Text>
      {documents.isPending && <LoadingState />}
      {documents.isError && (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      )}
      {documents.isSuccess &&
        (documents.data.items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reviewEmpty')}
          </Text>
        ) : (
          <DocumentList documents={documents.data.items} />
        ))}
    </Stack>
  );
}
