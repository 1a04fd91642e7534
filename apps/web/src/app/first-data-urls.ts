/**
 * The answers a first page's first render shows, by the path's first segment, as the addresses
 * the app asks for them at: index.html's boot script asks for them with the restored session's
 * access token while the app's script is still downloading (scripts/prerender.mjs writes this
 * list into it), and the app's first requests for the same addresses take those answers over
 * (lib/early-answers.ts). `{companyId}` is the member's firm, `{id}` the path's second segment.
 * Each must be exactly what the page asks for first: the routes' tests check that it is.
 */
export const FIRST_DATA_URLS: Readonly<Record<string, readonly string[]>> = {
  dashboard: [
    '/api/companies/{companyId}',
    '/api/matches?limit=20',
    '/api/matches?saved=true&limit=20',
    '/api/opportunities/for-me?limit=5',
  ],
  messages: [
    '/api/companies/{companyId}',
    '/api/conversations?limit=100',
    '/api/conversations/{id}',
    '/api/conversations/{id}/messages?limit=30',
  ],
};
