import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import html from '../../index.html?raw';

/**
 * index.html's inline boot script decides, before the first paint, whether the prerendered
 * English landing page may show (scripts/prerender.mjs writes it into #root). Run here as the
 * browser runs it, against the page's <html> element.
 */
const bootScript = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';

function boot({
  path = '/',
  stored = null,
  languages = ['en-US'],
  refreshToken = null,
  chunks = null,
}: {
  path?: string;
  stored?: string | null;
  languages?: string[];
  refreshToken?: string | null;
  /** What the build writes into the script (scripts/prerender.mjs); null in the source. */
  chunks?: unknown;
}) {
  const root = document.documentElement;
  root.removeAttribute('data-prerender');
  root.removeAttribute('data-signed-in');
  localStorage.clear();
  if (stored) {
    localStorage.setItem('jcc.locale', stored);
  }
  if (refreshToken) {
    localStorage.setItem('jcc.refreshToken', refreshToken);
  }
  window.history.replaceState(null, '', path);
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(languages);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- index.html's own script, run as the browser runs it
  new Function(
    chunks === null
      ? bootScript
      : bootScript.replace('var chunks = null;', `var chunks = ${JSON.stringify(chunks)};`),
  )();
  return {
    lang: root.lang,
    dir: root.dir,
    prerender: root.getAttribute('data-prerender'),
    signedIn: root.hasAttribute('data-signed-in'),
  };
}

describe('index.html boot script', () => {
  beforeEach(() => {
    // A restored session's early refresh call (below) never reaches a server here.
    vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{}', { status: 401 }));
  });
  afterEach(() => {
    localStorage.clear();
    window.history.replaceState(null, '', '/');
  });

  it('is in the page, before any stylesheet or module script (it must not wait for them)', () => {
    expect(bootScript).toContain('data-prerender');
    const at = html.indexOf('<script>');
    expect(at).toBeGreaterThan(0);
    expect(html.indexOf('<link rel="stylesheet"')).toSatisfy((i: number) => i < 0 || i > at);
    expect(html.indexOf('type="module"')).toBeGreaterThan(at);
  });

  it('shows the prerendered landing page to an English visitor of /', () => {
    expect(boot({})).toEqual({ lang: 'en', dir: 'ltr', prerender: null, signedIn: false });
  });

  it("shows the directory's prerendered frame on /directory, unfiltered only", () => {
    expect(boot({ path: '/directory' }).prerender).toBeNull();
    expect(boot({ path: '/directory?country=AZ' }).prerender).toBe('off');
  });

  it('hides it on any other path (a page of the app, or an old build that sent index.html)', () => {
    expect(boot({ path: '/messages/abc' }).prerender).toBe('off');
    expect(boot({ path: '/dashboard' }).prerender).toBe('off');
  });

  it('hides it when the stored language is another one, and sets lang and dir at once', () => {
    expect(boot({ stored: 'ur' })).toEqual({
      lang: 'ur',
      dir: 'rtl',
      prerender: 'off',
      signedIn: false,
    });
    expect(boot({ stored: 'ru', languages: ['en-GB'] })).toMatchObject({
      lang: 'ru',
      dir: 'ltr',
      prerender: 'off',
    });
  });

  it("follows the browser's languages as i18next does when nothing is stored", () => {
    expect(boot({ languages: ['de-DE', 'az-AZ', 'en'] })).toMatchObject({
      lang: 'az',
      prerender: 'off',
    });
    expect(boot({ languages: ['de-DE', 'fr'] })).toMatchObject({ lang: 'en', prerender: null });
    expect(boot({ stored: 'en', languages: ['ru-RU'] })).toMatchObject({
      lang: 'en',
      prerender: null,
    });
  });

  it('marks a visitor whose session will be restored (guest-only buttons stay hidden)', () => {
    expect(boot({ refreshToken: 'r1' })).toMatchObject({ prerender: null, signedIn: true });
  });

  describe('starts the session refresh at once when a session will be restored', () => {
    afterEach(() => {
      delete window.jccEarlyRefresh;
    });

    it('one call, under the lock the app takes, storing the rotated token itself', async () => {
      const fetchSpy = vi
        .spyOn(window, 'fetch')
        .mockResolvedValue(
          new Response(JSON.stringify({ accessToken: 'a2', refreshToken: 'r2' }), { status: 200 }),
        );
      const locks: string[] = [];
      vi.stubGlobal('navigator', {
        languages: ['en-US'],
        locks: {
          request: (name: string, callback: () => Promise<unknown>) => {
            locks.push(name);
            return callback();
          },
        },
      });

      boot({ path: '/dashboard', refreshToken: 'r1' });

      expect(locks).toEqual(['jcc-token-refresh']);
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      const [url, init] = fetchSpy.mock.calls[0];
      expect(url).toBe('/api/auth/refresh');
      expect(init).toMatchObject({ method: 'POST', body: JSON.stringify({ refreshToken: 'r1' }) });
      await expect(window.jccEarlyRefresh).resolves.toMatchObject({ status: 200, sent: 'r1' });
      expect(localStorage.getItem('jcc.refreshToken')).toBe('r2');
    });

    it('keeps the token when the call is refused or gets no answer (the app decides)', async () => {
      vi.spyOn(window, 'fetch').mockResolvedValue(new Response('{}', { status: 401 }));
      boot({ path: '/dashboard', refreshToken: 'r1' });
      await expect(window.jccEarlyRefresh).resolves.toMatchObject({ status: 401, sent: 'r1' });
      expect(localStorage.getItem('jcc.refreshToken')).toBe('r1');

      vi.spyOn(window, 'fetch').mockRejectedValue(new TypeError('offline'));
      boot({ path: '/dashboard', refreshToken: 'r1' });
      await expect(window.jccEarlyRefresh).resolves.toMatchObject({ status: 0, sent: 'r1' });
    });

    it('makes no call for a guest', () => {
      const fetchSpy = vi.spyOn(window, 'fetch');
      boot({ path: '/directory' });
      expect(fetchSpy).not.toHaveBeenCalled();
      expect(window.jccEarlyRefresh).toBeUndefined();
    });
  });

  describe("preloads the first page's chunks and the language's texts", () => {
    const chunks = {
      pages: {
        directory: ['assets/directory-1.js', 'assets/Paper-1.js'],
        dashboard: ['assets/dashboard-1.js'],
      },
      texts: { en: ['assets/common-en.js'], ru: ['assets/common-ru.js'] },
      data: {},
    };
    const preloaded = () =>
      [...document.head.querySelectorAll('link[rel="modulepreload"]')].map((link) =>
        link.getAttribute('href'),
      );
    afterEach(() => {
      document.head.querySelectorAll('link[rel="modulepreload"]').forEach((link) => link.remove());
      delete window.jccEarlyRefresh;
    });

    it('for the page opened and the language chosen', () => {
      boot({ path: '/directory', stored: 'ru', chunks });
      expect(preloaded()).toEqual([
        '/assets/common-ru.js',
        '/assets/directory-1.js',
        '/assets/Paper-1.js',
      ]);
    });

    it('for a session to restore, once the refresh call (under its lock) has its answer', async () => {
      let answer: (response: Response) => void = () => undefined;
      const fetchSpy = vi
        .spyOn(window, 'fetch')
        .mockReturnValue(new Promise<Response>((resolve) => (answer = resolve)));
      let granted: (() => Promise<unknown>) | null = null;
      vi.stubGlobal('navigator', {
        languages: ['en-US'],
        locks: {
          request: (_name: string, callback: () => Promise<unknown>) => {
            granted = callback;
            return new Promise(() => undefined);
          },
        },
      });
      boot({ path: '/dashboard', refreshToken: 'r1', chunks });
      expect(preloaded()).toEqual([]);

      void (granted as unknown as () => Promise<unknown>)();
      expect(fetchSpy).toHaveBeenCalledTimes(1);
      // The few connections to the host go to the refresh call (and the answers it unlocks).
      expect(preloaded()).toEqual([]);
      answer(new Response('{}', { status: 401 }));
      // Not the member layout's extras (the bell, live updates): they come after the first paint.
      await vi.waitFor(() =>
        expect(preloaded()).toEqual(['/assets/common-en.js', '/assets/dashboard-1.js']),
      );
    });

    it('not on the landing page, whose first paint is in the HTML (it must not wait)', () => {
      boot({ path: '/', chunks });
      expect(preloaded()).toEqual([]);
    });
  });

  describe("asks for the first page's answers with the restored session's access token", () => {
    const chunks = {
      pages: {},
      texts: {},
      data: {
        dashboard: ['/api/companies/{companyId}', '/api/matches?limit=20'],
        messages: ['/api/conversations/{id}/messages?limit=30'],
      },
    };
    const session = (companyId: string | null) => ({
      accessToken: 'a2',
      refreshToken: 'r2',
      user: { id: 'u1', companyId },
    });
    let asked: { url: string; authorization: string | null }[];
    function answering(body: unknown, status = 200) {
      asked = [];
      vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
        const url =
          typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
        if (url !== '/api/auth/refresh') {
          asked.push({ url, authorization: new Headers(init?.headers).get('Authorization') });
        }
        return Promise.resolve(new Response(JSON.stringify(body), { status }));
      });
    }
    afterEach(() => {
      delete window.jccEarlyRefresh;
      delete window.jccEarlyAnswers;
    });

    it("the page's addresses, the firm's and the path's ids filled in, kept for the app", async () => {
      answering(session('c1'));
      boot({ path: '/dashboard', refreshToken: 'r1', chunks });
      await window.jccEarlyRefresh;
      expect(asked).toEqual([
        { url: '/api/companies/c1', authorization: 'Bearer a2' },
        { url: '/api/matches?limit=20', authorization: 'Bearer a2' },
      ]);
      expect(window.jccEarlyAnswers?.token).toBe('a2');
      await expect(window.jccEarlyAnswers?.answers['/api/matches?limit=20']).resolves.toEqual({
        status: 200,
        body: JSON.stringify(session('c1')),
      });

      answering(session('c1'));
      boot({ path: '/messages/5c382418-123c-44b3-9003-c9e5a6998918', refreshToken: 'r1', chunks });
      await window.jccEarlyRefresh;
      expect(asked.map((call) => call.url)).toEqual([
        '/api/conversations/5c382418-123c-44b3-9003-c9e5a6998918/messages?limit=30',
      ]);
    });

    it('none that it cannot fill in (no firm, no id), none for an address with filters', async () => {
      answering(session(null));
      boot({ path: '/dashboard', refreshToken: 'r1', chunks });
      await window.jccEarlyRefresh;
      expect(asked.map((call) => call.url)).toEqual(['/api/matches?limit=20']);

      answering(session('c1'));
      boot({ path: '/messages', refreshToken: 'r1', chunks });
      await window.jccEarlyRefresh;
      expect(asked).toEqual([]);

      answering(session('c1'));
      boot({ path: '/dashboard?tab=saved', refreshToken: 'r1', chunks });
      await window.jccEarlyRefresh;
      expect(asked).toEqual([]);
    });

    it('none when the refresh is refused, nor for a guest', async () => {
      answering({ message: 'expired' }, 401);
      boot({ path: '/dashboard', refreshToken: 'r1', chunks });
      await window.jccEarlyRefresh;
      expect(asked).toEqual([]);
      expect(window.jccEarlyAnswers).toBeUndefined();

      answering(session('c1'));
      boot({ path: '/dashboard', chunks });
      expect(asked).toEqual([]);
    });
  });
});
