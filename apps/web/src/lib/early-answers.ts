/**
 * index.html's boot script asks for the first page's answers (app/first-data-urls.ts) as soon as
 * its refresh call has given an access token, while the app's script is still downloading. The
 * app's first request for each of those addresses takes the answer over instead of asking again
 * (lib/api-client.ts authFetch); each is taken once, only with the same access token, and those not
 * taken soon after the first page's render are forgotten: a later visit of a page asks afresh.
 */
interface BootAnswer {
  status: number;
  /** The answer's body as text. */
  body: string;
}

declare global {
  interface Window {
    jccEarlyAnswers?: {
      /** The access token the boot script asked with. */
      token: string;
      /** By address (path and query): null when no answer came. */
      answers: Partial<Record<string, Promise<BootAnswer | null>>>;
    };
  }
}

/**
 * The boot script's answer for a GET of `url` made with `accessToken`, as fetch would give it;
 * null when it asked for none (or with another token), or got no successful answer — then the
 * caller asks itself.
 */
export function takeEarlyAnswer(
  url: string,
  accessToken: string | null,
): Promise<Response | null> | null {
  const early = typeof window === 'undefined' ? undefined : window.jccEarlyAnswers;
  if (!early || !accessToken || early.token !== accessToken) {
    return null;
  }
  const { pathname, search } = new URL(url, window.location.origin);
  const key = pathname + search;
  const answer = early.answers[key];
  if (!answer) {
    return null;
  }
  delete early.answers[key];
  return answer.then(
    (got) =>
      got && got.status === 200
        ? new Response(got.body, { status: 200, headers: { 'Content-Type': 'application/json' } })
        : null,
    () => null,
  );
}

/** How long after the first render the answers wait to be taken (app/start.tsx). */
export const EARLY_ANSWERS_KEPT_MS = 10_000;

/** After the first page's render: what it did not take is no longer fresh enough to use. */
export function forgetEarlyAnswers(): void {
  if (typeof window !== 'undefined') {
    delete window.jccEarlyAnswers;
  }
}
