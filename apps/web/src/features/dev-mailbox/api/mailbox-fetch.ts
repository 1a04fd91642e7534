import { authFetch } from '@/lib/api-client';
import { ApiError } from '@/lib/api-error';

/** GET on the dev mailbox with the signed-in staff member's token; a failure is an ApiError. */
export async function mailboxGet<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await authFetch(
      new Request(`${globalThis.location.origin}${path}`, {
        headers: { Accept: 'application/json' },
        signal,
      }),
    );
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, null);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return body as T;
}
