/** Thrown when the API answers with a non-2xx status or with a body that is not JSON. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'ApiRequestError';
  }
}

/**
 * GET a JSON resource of the API. Paths are same-origin (`/api/...`): the API serves the built
 * app, and the Vite dev server proxies `/api` to it.
 */
export async function apiGet<T>(path: string, init: { signal?: AbortSignal } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'GET',
      headers: { Accept: 'application/json' },
      signal: init.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiRequestError('The server could not be reached.', null);
  }

  if (!response.ok) {
    throw new ApiRequestError(
      `The server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      response.status,
    );
  }

  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiRequestError('The server sent a response that is not JSON.', response.status);
  }
}
