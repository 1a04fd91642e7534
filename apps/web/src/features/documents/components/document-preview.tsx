import type { DocumentResponse } from '@jcc/contracts';
import { Image, Loader, Modal, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/ui/page-states';
import { fetchDocumentBlob } from '@/lib/document-files';

/** Whether the browser can show this document itself (images and PDFs). */
export function canPreview(document: DocumentResponse): boolean {
  return document.contentType.startsWith('image/') || document.contentType === 'application/pdf';
}

/** A Blob URL for a document (thumbnail or original), revoked when it is no longer shown. */
export function useDocumentUrl(
  documentId: string | null,
  variant: 'original' | 'thumbnail',
): { url: string | null; error: unknown } {
  const [state, setState] = useState<{ url: string | null; error: unknown }>({
    url: null,
    error: null,
  });
  useEffect(() => {
    if (!documentId) {
      return undefined;
    }
    const controller = new AbortController();
    let url: string | null = null;
    fetchDocumentBlob(documentId, variant, controller.signal).then(
      ({ blob }) => {
        url = URL.createObjectURL(blob);
        setState({ url, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ url: null, error });
        }
      },
    );
    return () => {
      controller.abort();
      if (url) {
        URL.revokeObjectURL(url);
      }
    };
  }, [documentId, variant]);
  return state;
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
