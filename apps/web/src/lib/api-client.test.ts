import type { AuthResponse } from '@jcc/contracts';
import { HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { server } from '@/testing/msw/server';
import { answeredRequests, apiHttp, json } from '@/testing/msw/typed-http';
import { api, onSessionExpired, unwrap } from './api-client';
import { ApiError } from './api-error';
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

function route(handler: (request: Request) => Response | Promise<Response>) {
  server.use(apiHttp.any(handler));
}

const authOf = (request: Request) => request.headers.get('Authorization');

describe('the API client', () => {
  beforeEach(() => {
    session.signIn(pair(1));
  });
  afterEach(() => {
    session.signOut();
  });

  it('sends the access token', async () => {
    route((request) => json({ ...user, seen: authOf(request) }));
    const me = await unwrap<{ seen: string }>(api.GET('/api/auth/me'));
    expect(me.seen).toBe('Bearer access-1');
    expect(answeredRequests()).toHaveLength(1);
  });

  it('on a 401 refreshes once, for all calls in flight, and retries each once', async () => {
    let refreshes = 0;
    route(async (request) => {
      if (request.url.endsWith('/api/auth/refresh')) {
        refreshes += 1;
        const body = (await request.json()) as { refreshToken: string };
        expect(body.refreshToken).toBe('refresh-1');
        return json(pair(2));
      }
      return authOf(request) === 'Bearer access-2'
        ? json({ ok: true })
        : json({ statusCode: 401, error: 'Unauthorized', message: 'expired' }, 401);
    });

    const results = await Promise.all([
      unwrap<{ ok: boolean }>(api.GET('/api/auth/me')),
      unwrap<{ ok: boolean }>(api.GET('/api/taxonomy')),
      unwrap<{ ok: boolean }>(api.GET('/api/companies', { params: { query: { q: 'x' } } })),
    ]);
    expect(results).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(refreshes).toBe(1);
    expect(session.getAccessToken()).toBe('access-2');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('ends the session and sends the user to sign-in when the refresh fails', async () => {
    const expired = vi.fn();
    onSessionExpired(expired);
    route((request) =>
      request.url.endsWith('/api/auth/refresh')
        ? json({ statusCode: 401, error: 'Unauthorized', message: 'spent' }, 401)
        : json({ statusCode: 401, error: 'Unauthorized', message: 'expired' }, 401),
    );

    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledTimes(1);
    expect(session.getState().status).toBe('signed-out');
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });

  it('does not refresh on a wrong password (401 from login)', async () => {
    session.signOut();
    route(() => json({ statusCode: 401, error: 'Unauthorized', message: 'wrong' }, 401));
    await expect(
      unwrap(api.POST('/api/auth/login', { body: { email: 'a@b.c', password: 'nope' } })),
    ).rejects.toBeInstanceOf(ApiError);
    expect(answeredRequests()).toHaveLength(1);
  });

  it('turns validation errors into field errors, and a dead network into status 0', async () => {
    route(() =>
      json(
        {
          statusCode: 400,
          error: 'Bad Request',
          message: [{ field: 'city', messages: ['city must be at least 2 characters'] }],
        },
        400,
      ),
    );
    const error = await unwrap(api.GET('/api/taxonomy')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 400, fieldErrors: [{ field: 'city' }] });

    route(() => HttpResponse.error());
    const offline = await unwrap(api.GET('/api/taxonomy')).catch((caught: unknown) => caught);
    expect(offline).toMatchObject({ status: 0, isNetwork: true });
  });
});
