import type { DocumentResponse } from '@jcc/contracts';
import { SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDeleteDocument } from '../api/delete-document';
import { DocumentCard } from './document-card';
import { DocumentPreview } from './document-preview';

/** Documents as cards, with a preview dialog and (for those who manage them) deletion. */
export function DocumentList({
  documents,
  canDelete = false,
}: {
  documents: DocumentResponse[];
  canDelete?: boolean;
}) {
  const { t } = useTranslation('documents');
  const [previewed, setPreviewed] = useState<DocumentResponse | null>(null);
  const remove = useDeleteDocument();
  if (documents.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('empty')}
      </Text>
    );
  }
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {documents.map((document) => (
          <DocumentCard
            key={document.id}
            document={document}
            onPreview={setPreviewed}
            onDelete={
              canDelete
                ? (target) => {
                    if (window.confirm(t('deleteConfirm', { name: target.name }))) {
                      remove.mutate(target);
                    }
                  }
                : undefined
            }
          />
        ))}
      </SimpleGrid>
      <DocumentPreview document={previewed} onClose={() => setPreviewed(null)} />
    </>
  );
}
