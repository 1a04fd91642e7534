import type { AuthResponse, UserResponse } from '@jcc/contracts';
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ApiError } from './api-error';
import { readOfflineCopy, useOfflineAsOf, withOfflineCopy } from './offline-copy';
import { session } from './session';

const user = (id: string): UserResponse => ({
  id,
  email: `${id}@example.com`,
  fullName: id,
  role: 'member',
  companyId: `company-of-${id}`,
  locale: 'en',
  emailVerified: true,
});
const auth = (id: string): AuthResponse =>
  ({ accessToken: `access-${id}`, refreshToken: `refresh-${id}`, user: user(id) });

const unreachable = () => Promise.reject(new ApiError(0, null));

describe('offline copies', () => {
  beforeEach(() => session.signIn(auth('user-a')));
  afterEach(() => session.signOut());

  it('keeps the last answer for the signed-in user and gives it back, with its time, when the API cannot be reached', async () => {
    const asOf = renderHook(() => useOfflineAsOf(['agenda']));
    expect(await withOfflineCopy('agenda', () => Promise.resolve(['meeting at table 3']))).toEqual([
      'meeting at table 3',
    ]);
    expect(asOf.result.current).toBeNull();

    let shown: string[] = [];
    await act(async () => {
      shown = await withOfflineCopy<string[]>('agenda', unreachable);
    });
    expect(shown).toEqual(['meeting at table 3']);
    expect(asOf.result.current).toBe(readOfflineCopy('agenda')?.savedAt);

    // Live again: the notice goes.
    await act(async () => {
      await withOfflineCopy('agenda', () => Promise.resolve(['meeting at table 4']));
    });
    expect(asOf.result.current).toBeNull();
  });

  it('does not hide an answer of the API (a 403 stays a 403), nor a failure without a copy', async () => {
    await withOfflineCopy('agenda', () => Promise.resolve(['kept']));
    await expect(
      withOfflineCopy('agenda', () => Promise.reject(new ApiError(403, null))),
    ).rejects.toMatchObject({ status: 403 });
    await expect(withOfflineCopy('programme', unreachable)).rejects.toMatchObject({ status: 0 });
  });

  it('never shows one user’s copy to another: a different account signing in clears them', async () => {
    await withOfflineCopy('agenda', () => Promise.resolve(['a’s agenda']));
    session.signIn(auth('user-a')); // the same user's token refresh keeps them
    expect(readOfflineCopy('agenda')?.data).toEqual(['a’s agenda']);

    session.signIn(auth('user-b'));
    await expect(withOfflineCopy('agenda', unreachable)).rejects.toMatchObject({ status: 0 });
    expect(Object.keys(localStorage).filter((key) => key.includes('user-a'))).toEqual([]);
  });

  it('is cleared at sign-out', async () => {
    await withOfflineCopy('agenda', () => Promise.resolve(['kept']));
    session.signOut();
    session.signIn(auth('user-a'));
    expect(readOfflineCopy('agenda')).toBeNull();
  });
});

describe('a page reloaded offline', () => {
  afterEach(() => vi.resetModules());

  async function reloadSession() {
    vi.resetModules();
    return (await import('./session')).session;
  }

  it('resumes the user signed in last, without an access token, until the connection returns', async () => {
    session.signIn(auth('user-a'));
    const reloaded = await reloadSession();
    expect(reloaded.getState().status).toBe('restoring');
    expect(reloaded.resumeOffline()).toBe(true);
    expect(reloaded.getState().user?.id).toBe('user-a');
    expect(reloaded.getAccessToken()).toBeNull();
    reloaded.signOut();
  });

  it('has nobody to resume after a sign-out', async () => {
    session.signIn(auth('user-a'));
    session.signOut();
    localStorage.setItem('jcc.refreshToken', 'someone-else’s token');
    const reloaded = await reloadSession();
    expect(reloaded.resumeOffline()).toBe(false);
    expect(reloaded.getState().status).toBe('restoring');
  });
});
