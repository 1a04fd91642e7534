import { ApiError } from './api-error';

/**
 * Files the API serves to signed-in staff (exports, templates, CSV figures) need the bearer
 * token, so a plain link cannot fetch them: the page downloads the file through the API client
 * (as a Blob) and hands it to the browser as a download.
 */
interface BlobResult {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/** The file name from `Content-Disposition: attachment; filename="…"`, else the fallback. */
export function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1]);
    } catch {
      // a broken encoded name: fall through to the plain one
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/** Offers a Blob to the user as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the Blob before it goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Waits for an openapi-fetch call made with `parseAs: 'blob'` and saves its file. */
export async function downloadFrom(call: Promise<BlobResult>, fallbackName: string): Promise<void> {
  let result: BlobResult;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, null);
  }
  if (!result.response.ok) {
    // openapi-fetch has already parsed an error body as JSON where it could.
    throw new ApiError(result.response.status, result.error);
  }
  saveBlob(result.data ?? new Blob([]), fileNameOf(result.response, fallbackName));
}
