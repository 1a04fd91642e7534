import type { AuthResponse } from '@jcc/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { refreshTokens } from './api-client';
import { REFRESH_TOKEN_KEY, session } from './session';

const user = {
  id: 'u1',
  email: 'a@b.c',
  fullName: 'A',
  role: 'member',
  companyId: null,
  locale: 'en',
  emailVerified: true,
} as const;
const pair = (n: number): AuthResponse => ({
  user,
  accessToken: `access-${n}`,
  refreshToken: `refresh-${n}`,
});

/** What index.html's boot script leaves for the app (it has stored a rotated token itself). */
function bootAnswered(status: number, body: unknown, sent = 'refresh-1') {
  window.jccEarlyRefresh = Promise.resolve({ status, body, sent });
}

describe("the app's first refresh and the boot script's early one", () => {
  let presented: string[];
  beforeEach(() => {
    presented = [];
    server.use(
      apiHttp.any(async (request) => {
        const body = (await request.json()) as { refreshToken: string };
        presented.push(body.refreshToken);
        const n = Number(body.refreshToken.split('-')[1]);
        return json(pair(n + 1));
      }),
    );
  });
  afterEach(() => {
    delete window.jccEarlyRefresh;
    session.signOut();
  });

  it('takes over its answer: the refresh token is not presented a second time', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-2'); // stored by the boot script
    bootAnswered(200, pair(2));

    await expect(refreshTokens()).resolves.toBe(true);
    expect(presented).toEqual([]);
    expect(answeredRequests()).toHaveLength(0);
    expect(session.getAccessToken()).toBe('access-2');
    expect(session.getState()).toMatchObject({ status: 'signed-in', user: { id: 'u1' } });

    // Taken once: the next refresh is the app's own, with the rotated token.
    await expect(refreshTokens()).resolves.toBe(true);
    expect(presented).toEqual(['refresh-2']);
    expect(session.getAccessToken()).toBe('access-3');
  });

  it('a refused early refresh ends the session without trying the spent token again', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    bootAnswered(401, { statusCode: 401, error: 'Unauthorized', message: 'revoked' });

    await expect(refreshTokens()).resolves.toBe(false);
    expect(presented).toEqual([]);
    expect(session.getState().status).toBe('signed-out');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('offline, keeps the stored token for the next attempt', async () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    bootAnswered(0, null);

    await expect(refreshTokens()).resolves.toBe(false);
    expect(presented).toEqual([]);
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');

    await expect(refreshTokens()).resolves.toBe(true);
    expect(presented).toEqual(['refresh-1']);
  });
});
