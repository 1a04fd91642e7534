import { ApiError } from './api-error';
import { authFetch } from './api-client';
import { fileNameOf, saveBlob } from './download';

/** Same origin as the page, as the API client. */
const origin = () => globalThis.location?.origin ?? '';

/**
 * A stored document's bytes as a Blob, fetched with the user's token (restricted files cannot be
 * plain links). Used for previews (object URLs) and downloads.
 */
export async function fetchDocumentBlob(
  documentId: string,
  variant: 'original' | 'thumbnail' = 'original',
  signal?: AbortSignal,
): Promise<{ blob: Blob; response: Response }> {
  const url = `${origin()}/api/documents/${encodeURIComponent(documentId)}/content?variant=${variant}`;
  let response: Response;
  try {
    response = await authFetch(new Request(url, { signal }));
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, null);
  }
  if (!response.ok) {
    throw new ApiError(response.status, await response.json().catch(() => null));
  }
  return { blob: await response.blob(), response };
}

export async function downloadDocument(documentId: string, fallbackName: string): Promise<void> {
  const { blob, response } = await fetchDocumentBlob(documentId);
  saveBlob(blob, fileNameOf(response, fallbackName));
}

/** Human file size in the user's locale (KB / MB). */
export function formatFileSize(bytes: number, locale: string): string {
  const megabytes = bytes / (1024 * 1024);
  const format = (value: number, unit: 'kilobyte' | 'megabyte') =>
    new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      maximumFractionDigits: 1,
    }).format(value);
  return megabytes >= 1
    ? format(megabytes, 'megabyte')
    : format(Math.max(bytes / 1024, 0.1), 'kilobyte');
}
