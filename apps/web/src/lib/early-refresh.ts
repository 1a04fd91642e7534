/**
 * index.html's boot script starts the session's refresh call before the app's script has even
 * downloaded (a stored refresh token means a session will be restored), under the same Web Lock
 * the app's refresh takes, and stores the rotated refresh token itself. The app's first refresh
 * takes that answer over instead of sending the token again: the API revokes a whole login when
 * a refresh token is presented twice. Taken once; later refreshes are the app's own.
 */
interface BootRefresh {
  /** The HTTP status, 0 when no answer came (offline). */
  status: number;
  /** The answer's JSON body, null when it had none. */
  body: unknown;
  /** The refresh token the call presented. */
  sent: string | null;
}

declare global {
  interface Window {
    jccEarlyRefresh?: Promise<BootRefresh>;
  }
}

export interface EarlyRefresh {
  sent: string | null;
  /** The answer as fetch would have given it; throws as fetch does when none came. */
  answer(): Response;
}

export async function takeEarlyRefresh(): Promise<EarlyRefresh | null> {
  if (typeof window === 'undefined' || !window.jccEarlyRefresh) {
    return null;
  }
  const early = window.jccEarlyRefresh;
  delete window.jccEarlyRefresh;
  const { status, body, sent } = await early.catch(() => ({ status: 0, body: null, sent: null }));
  return {
    sent,
    answer() {
      if (status === 0) {
        throw new TypeError('The refresh call got no answer');
      }
      return new Response(body === null ? null : JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    },
  };
}
