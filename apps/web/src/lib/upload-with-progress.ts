import { ApiError } from './api-error';
import { refreshTokens } from './api-client';
import { session } from './session';

export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * POSTs one file as multipart (field `file`) with XMLHttpRequest, because fetch cannot report
 * upload progress. Adds the access token; on a 401 refreshes once and sends again. Resolves with
 * the JSON answer, rejects with an ApiError (status 0 when the server could not be reached, or
 * an AbortError when `signal` aborts).
 */
export async function uploadWithProgress<T>(
  url: string,
  file: Blob,
  fileName: string,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<T> {
  const send = () => sendOnce<T>(url, file, fileName, onProgress, signal);
  try {
    return await send();
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && (await refreshTokens())) {
      return send();
    }
    throw error;
  }
}

function sendOnce<T>(
  url: string,
  file: Blob,
  fileName: string,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.setRequestHeader('Accept', 'application/json');
    const token = session.getAccessToken();
    if (token) {
      request.setRequestHeader('Authorization', `Bearer ${token}`);
    }
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) {
        onProgress({ loaded: event.loaded, total: event.total });
      }
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = request.responseText ? JSON.parse(request.responseText) : null;
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) {
        resolve(body as T);
      } else {
        reject(new ApiError(request.status, body));
      }
    };
    // The server closes the connection after refusing a body that is too large: the browser may
    // report that as a network error before it reads the 413.
    request.onerror = () => reject(new ApiError(0, null));
    request.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    const form = new FormData();
    form.append('file', file, fileName);
    request.send(form);
  });
}
