import type { DocumentResponse } from '@jcc/contracts';
import { Image, Loader, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ui/page-states';
import { useDocumentUrl } from '@/lib/use-document-url';

/** Whether the browser can show this document itself (images and PDFs). */
export function canPreview(document: DocumentResponse): boolean {
  return document.contentType.startsWith('image/') || document.contentType === 'application/pdf';
}

/** The image or the PDF in a dialog, fetched with the user's token. */
export function DocumentPreview({
  document,
  onClose,
}: {
  document: DocumentResponse | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('documents');
  const { url, error } = useDocumentUrl(document?.id ?? null, 'original');
  return (
    <Modal
      opened={document !== null}
      onClose={onClose}
      size="xl"
      title={document ? t('previewTitle', { name: document.name }) : ''}
    >
      {document && !canPreview(document) && <Text>{t('noPreview')}</Text>}
      {document && canPreview(document) && error !== null && <ErrorState error={error} />}
      {document && canPreview(document) && !url && error === null && <Loader />}
      {document && url && document.contentType === 'application/pdf' && (
        <iframe
          src={url}
          title={t('previewTitle', { name: document.name })}
          style={{ width: '100%', height: '70vh', border: 0 }}
          data-testid="pdf-preview"
        />
      )}
      {document && url && document.contentType.startsWith('image/') && (
        <Image src={url} alt={document.name} fit="contain" mah="70vh" data-testid="image-preview" />
      )}
    </Modal>
  );
}
