import type { AuthResponse, UserResponse } from '@jcc/contracts';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { keepPageSnapshots } from './keep-page-snapshots';
import { SNAPSHOT_PREFIX, type PageSnapshot } from './page-snapshot';
import { aMember } from '@/testing/msw/fixtures';
import { REFRESH_TOKEN_KEY, session } from './session';

const user = (id: string): UserResponse =>
  aMember({ id, email: `${id}@example.com`, companyId: `company-of-${id}` });
const auth = (id: string): AuthResponse => ({
  accessToken: `access-${id}`,
  refreshToken: `refresh-${id}`,
  user: user(id),
});

type Listener = (state: { location: { pathname: string } }) => void;

/** The little of a data router keepPageSnapshots uses, driven by hand. */
function fakeRouter(pathname: string) {
  const listeners = new Set<Listener>();
  const router = {
    state: { location: { pathname } },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    /** As a data router does: subscribers hear of the next page while the old one is on screen. */
    navigate(to: string) {
      router.state = { location: { pathname: to } };
      listeners.forEach((listener) => listener(router.state));
    },
    listenerCount: () => listeners.size,
  };
  return router;
}

const snapshotKeys = () =>
  Object.keys(localStorage).filter((key) => key.startsWith(SNAPSHOT_PREFIX));

function kept(path: string): PageSnapshot | null {
  const text = localStorage.getItem(SNAPSHOT_PREFIX + path);
  return text ? (JSON.parse(text) as PageSnapshot) : null;
}

function hide() {
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('keepPageSnapshots', () => {
  let queryClient: QueryClient;
  let root: HTMLElement;
  let stops: (() => void)[];

  /** Starts keeping snapshots, as the app does once it has rendered `pathname`. */
  function start(pathname: string, keep = keepPageSnapshots) {
    const router = fakeRouter(pathname);
    stops.push(keep(router, queryClient, root));
    return router;
  }

  beforeEach(() => {
    localStorage.clear();
    stops = [];
    queryClient = new QueryClient();
    // The dashboard on screen, rendered from an answer it observes.
    queryClient.setQueryData(['matches'], ['m1']);
    const observer = new QueryObserver(queryClient, {
      queryKey: ['matches'],
      queryFn: () => ['m1'],
      staleTime: Infinity,
    });
    stops.push(observer.subscribe(() => undefined));
    root = document.createElement('div');
    root.innerHTML = '<main><h1>Your matches</h1></main>';
    document.body.append(root);
    session.signIn(auth('u1'));
  });

  afterEach(() => {
    stops.forEach((stop) => stop());
    vi.restoreAllMocks();
    session.signOut();
    queryClient.clear();
    root.remove();
    localStorage.clear();
  });

  it('keeps the page being left, as it was on screen then', () => {
    const router = start('/dashboard');
    router.navigate('/account');
    root.innerHTML = '<main><h1>Your account</h1></main>'; // the next page renders afterwards
    expect(kept('/dashboard')).toMatchObject({
      path: '/dashboard',
      userId: 'u1',
      signedIn: true,
      html: '<main><h1>Your matches</h1></main>',
    });
    expect(snapshotKeys()).toEqual([`${SNAPSHOT_PREFIX}/dashboard`]);
  });

  it('keeps the page on screen when the tab is hidden, not when it becomes visible', () => {
    start('/dashboard');
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(snapshotKeys()).toEqual([]);
    hide();
    expect(kept('/dashboard')?.html).toBe('<main><h1>Your matches</h1></main>');
  });

  it('keeps the page on screen when the tab is closed', () => {
    start('/messages/c1');
    window.dispatchEvent(new Event('pagehide'));
    expect(kept('/messages/c1')?.userId).toBe('u1');
  });

  it('keeps nothing after a sign-out, though the page still shows the member’s markup', () => {
    const router = start('/dashboard');
    session.signOut();
    hide();
    router.navigate('/sign-in');
    expect(snapshotKeys()).toEqual([]);
  });

  it('keeps nothing of the page on screen when another user signs in, and keeps their pages after', () => {
    const router = start('/dashboard');
    session.signIn(auth('u2'));
    router.navigate('/account');
    expect(snapshotKeys()).toEqual([]);

    // Once the next page is on screen, it belongs to the new user.
    router.navigate('/dashboard');
    router.navigate('/account');
    expect(kept('/dashboard')?.userId).toBe('u2');
  });

  it('keeps pages after a token refresh of the same user', () => {
    const router = start('/dashboard');
    session.signIn(auth('u1'));
    router.navigate('/account');
    expect(kept('/dashboard')?.userId).toBe('u1');
  });

  it('keeps the first page once the session restored at load says who is here', async () => {
    // The session module reads a stored refresh token when it loads: restoring.
    session.signOut();
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-u1');
    vi.resetModules();
    const fresh = await import('./session');
    const { keepPageSnapshots: keepFresh } = await import('./keep-page-snapshots');
    stops.push(() => fresh.session.signOut());
    expect(fresh.session.getState().status).toBe('restoring');

    const router = start('/dashboard', keepFresh);
    hide(); // nobody known yet: whose page this is, is not known either
    expect(snapshotKeys()).toEqual([]);
    fresh.session.signIn(auth('u1'));
    router.navigate('/account');
    expect(kept('/dashboard')?.userId).toBe('u1');
  });

  it('stops listening once stopped', () => {
    const router = start('/dashboard');
    const stop = stops.pop();
    stop?.();
    expect(router.listenerCount()).toBe(0);
    hide();
    window.dispatchEvent(new Event('pagehide'));
    router.navigate('/account');
    expect(snapshotKeys()).toEqual([]);
  });
});
