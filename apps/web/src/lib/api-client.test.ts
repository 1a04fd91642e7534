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
    // The fake server echoes the header in a field the real /me does not have.
    const me: unknown = await unwrap(api.GET('/api/auth/me'));
    expect(me).toMatchObject({ seen: 'Bearer access-1' });
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
      unwrap(api.GET('/api/auth/me')),
      unwrap(api.GET('/api/taxonomy')),
      unwrap(api.GET('/api/companies', { params: { query: { q: 'x' } } })),
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

  it('a refresh refused because the firm is suspended ends the session and keeps the reason', async () => {
    const expired = vi.fn();
    onSessionExpired(expired);
    const refused = {
      statusCode: 403,
      error: 'Forbidden',
      message: 'suspended',
      code: 'company_suspended',
      reason: 'Dues unpaid since June',
    };
    route((request) =>
      request.url.endsWith('/api/auth/refresh')
        ? json(refused, 403)
        : json({ statusCode: 401, error: 'Unauthorized', message: 'revoked' }, 401),
    );

    await expect(unwrap(api.GET('/api/auth/me'))).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledTimes(1);
    // The request's own sign-out after the refused refresh does not forget why.
    expect(session.getState()).toEqual({
      status: 'signed-out',
      user: null,
      ended: { code: 'company_suspended', reason: 'Dues unpaid since June' },
    });
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    // A new sign-in starts clean.
    session.signIn(pair(3));
    session.signOut();
    expect(session.getState()).toEqual({ status: 'signed-out', user: null });
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
