/* global document, localStorage */
// (d) axe-core finds no serious or critical violation on any main page, in English and Urdu;
// nothing overflows a 360 px wide phone; a screenshot of each page in each language is kept.
import {
  appStarted,
  axeProblems,
  createUser,
  login,
  newPage,
  screenshot,
  settle,
  signInWithToken,
} from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';

async function useLanguage(page, language, userId) {
  await page.evaluate(
    ([lang, id]) => {
      localStorage.setItem('jcc.locale', lang);
      if (id) {
        localStorage.setItem(`jcc.locale.user.${id}`, lang);
      }
    },
    [language, userId],
  );
}

async function check(page, name, language, problems) {
  await settle(page);
  const found = await axeProblems(page);
  found.forEach((line) => problems.push(`${name} [${language}]: ${line}`));
  await screenshot(page, `${name}-${language}`);
}

async function overflowAt360(page, name, problems) {
  await page.setViewportSize({ width: 360, height: 740 });
  await settle(page);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 362) {
    problems.push(`${name}: ${width}px wide at a 360px viewport`);
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

export const accessibility = {
  id: 'd',
  name: '(d) axe: no violations (any impact) on every page in en and ur; 360 px; screenshots',
  async run({ browser, baseUrl, track, shared, log }) {
    const problems = [];
    const firms = shared.firms;
    assert.ok(firms && shared.conversationId, 'needs the firms and conversation of (b)');

    const publicPages = [
      ['landing', '/'],
      ['sign-in', '/sign-in'],
      ['sign-up', '/sign-up'],
      ['directory', '/directory'],
    ];
    const memberPages = [
      ['dashboard', '/dashboard'],
      ['company', `/companies/${firms.az.company.id}`],
      ['contacts', '/contacts?box=out'],
      ['messages', `/messages/${shared.conversationId}`],
      ['profile', '/profile'],
    ];

    for (const language of ['en', 'ur']) {
      const visitor = await newPage(browser, baseUrl);
      track(visitor.page);
      await visitor.page.goto('/');
      await useLanguage(visitor.page, language);
      for (const [name, path] of publicPages) {
        await visitor.page.goto(path);
        await check(visitor.page, name, language, problems);
        if (language === 'en') {
          await overflowAt360(visitor.page, name, problems);
        }
      }
      // Keyboard: the first Tab reaches the skip link — of the app, once it has replaced the
      // prerendered landing page (that markup is replaced in one commit, focus included).
      await visitor.page.goto('/');
      await appStarted(visitor.page);
      await visitor.page.getByRole('heading', { level: 1 }).waitFor();
      await visitor.page.keyboard.press('Tab');
      const focused = await visitor.page.evaluate(() => document.activeElement?.className ?? '');
      if (!focused.includes('skip-link')) {
        problems.push(`first Tab focuses "${focused}", not the skip link`);
      }
      await visitor.context.close();

      const member = await newPage(browser, baseUrl);
      track(member.page);
      const auth = await login(baseUrl, firms.pk.email);
      await signInWithToken(member.page, auth.refreshToken, '/');
      await useLanguage(member.page, language, auth.user.id);
      for (const [name, path] of memberPages) {
        await member.page.goto(path);
        await check(member.page, name, language, problems);
        if (language === 'en') {
          await overflowAt360(member.page, name, problems);
        }
      }
      await member.page.setViewportSize({ width: 360, height: 740 });
      for (const [name, path] of [
        ['dashboard', '/dashboard'],
        ['messages', `/messages/${shared.conversationId}`],
      ]) {
        await member.page.goto(path);
        await settle(member.page);
        await screenshot(member.page, `${name}-${language}-360px`);
      }
      await member.context.close();

      const newcomer = await newPage(browser, baseUrl);
      track(newcomer.page);
      const user = await createUser(baseUrl, language);
      await signInWithToken(newcomer.page, user.refreshToken, '/onboarding');
      await useLanguage(newcomer.page, language, user.user.id);
      await newcomer.page.goto('/onboarding');
      await check(newcomer.page, 'onboarding', language, problems);
      await newcomer.context.close();
      log(`  ${language}: ${publicPages.length + memberPages.length + 1} pages checked`);
    }
    assert.deepEqual(problems, []);
  },
};
