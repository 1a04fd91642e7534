import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { aMember } from '@/testing/msw/fixtures';
import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { api, unwrap } from './api-client';
import { forgetEarlyAnswers } from './early-answers';
import { session } from './session';

const EARLY = { items: [], nextCursor: null, early: true };
/** A page's request as the features make it (GET /api/matches through the typed client). */
const getMatches = (query: { saved?: boolean }) =>
  unwrap(api.GET('/api/matches', { params: { query: { ...query, limit: 20 } } }));
const FROM_SERVER = { items: [], nextCursor: null };

/** What index.html's boot script leaves for the app: its answers, asked with `token`. */
function bootAsked(answers: Record<string, { status: number; body: string } | null>, token = 'a1') {
  window.jccEarlyAnswers = {
    token,
    answers: Object.fromEntries(
      Object.entries(answers).map(([url, answer]) => [url, Promise.resolve(answer)]),
    ),
  };
}
const matchesAsked = () =>
  answeredRequests().filter((request) => request.url.startsWith('/api/matches'));

describe("the app's first requests and the boot script's early answers", () => {
  beforeEach(() => {
    session.signIn({ user: aMember(), accessToken: 'a1', refreshToken: 'r1' });
    server.use(apiHttp.get('/api/matches', () => json(FROM_SERVER)));
  });
  afterEach(() => {
    forgetEarlyAnswers();
    session.signOut();
  });

  it('takes the answer for the same address instead of asking again, once', async () => {
    bootAsked({ '/api/matches?limit=20': { status: 200, body: JSON.stringify(EARLY) } });
    await expect(getMatches({})).resolves.toEqual(EARLY);
    expect(matchesAsked()).toHaveLength(0);

    // Taken: the next request for it is the app's own.
    await expect(getMatches({})).resolves.toEqual(FROM_SERVER);
    expect(matchesAsked()).toHaveLength(1);
  });

  it('never for another address (filters), nor for a token of another session', async () => {
    bootAsked({ '/api/matches?limit=20': { status: 200, body: JSON.stringify(EARLY) } });
    await expect(getMatches({ saved: true })).resolves.toEqual(FROM_SERVER);

    bootAsked({ '/api/matches?limit=20': { status: 200, body: JSON.stringify(EARLY) } }, 'a0');
    await expect(getMatches({})).resolves.toEqual(FROM_SERVER);
    expect(matchesAsked().map((request) => request.url)).toEqual([
      '/api/matches?saved=true&limit=20',
      '/api/matches?limit=20',
    ]);
  });

  it('asks itself when the early call failed or got no answer', async () => {
    bootAsked({ '/api/matches?limit=20': { status: 503, body: '{}' } });
    await expect(getMatches({})).resolves.toEqual(FROM_SERVER);
    bootAsked({ '/api/matches?limit=20': null });
    await expect(getMatches({})).resolves.toEqual(FROM_SERVER);
    expect(matchesAsked()).toHaveLength(2);
  });

  it('forgets what was not taken (a later visit of the page asks afresh)', async () => {
    bootAsked({ '/api/matches?limit=20': { status: 200, body: JSON.stringify(EARLY) } });
    forgetEarlyAnswers();
    await expect(getMatches({})).resolves.toEqual(FROM_SERVER);
    expect(matchesAsked()).toHaveLength(1);
  });
});
