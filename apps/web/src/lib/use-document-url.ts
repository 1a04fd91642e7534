import { useEffect, useState } from 'react';

import { fetchDocumentBlob } from './document-files';

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
