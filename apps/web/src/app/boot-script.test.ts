import { afterEach, describe, expect, it, vi } from 'vitest';

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
}: {
  path?: string;
  stored?: string | null;
  languages?: string[];
  refreshToken?: string | null;
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
  new Function(bootScript)();
  return {
    lang: root.lang,
    dir: root.dir,
    prerender: root.getAttribute('data-prerender'),
    signedIn: root.hasAttribute('data-signed-in'),
  };
}

describe('index.html boot script', () => {
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

  it('hides it on any other path (index.html answers every client-side route)', () => {
    expect(boot({ path: '/directory' }).prerender).toBe('off');
    expect(boot({ path: '/messages/abc' }).prerender).toBe('off');
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
});
