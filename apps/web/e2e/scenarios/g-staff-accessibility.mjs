/* global document, localStorage */
// (g) The staff workspace for each role: members get no link and a refusal; staff get no audit
// log; the admin filters the audit log. axe finds no serious or critical violation on any staff
// page in English and Urdu, nothing overflows a 360 px phone, and a screenshot of each is kept.
import {
  axeProblems,
  login,
  newPage,
  screenshot,
  settle,
  signInWithToken,
  texts,
} from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { createAdmin, staffLogin } from '../lib/staff.mjs';

const T = texts('en');

async function useLanguage(page, language, userId) {
  await page.evaluate(
    ([lang, id]) => {
      localStorage.setItem('jcc.locale', lang);
      localStorage.setItem(`jcc.locale.user.${id}`, lang);
    },
    [language, userId],
  );
}

async function check(page, name, language, problems, { phone = false } = {}) {
  await settle(page);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  (await axeProblems(page)).forEach((line) => problems.push(`${name} [${language}]: ${line}`));
  await screenshot(page, `staff-${name}-${language}`);
  if (phone) {
    await page.setViewportSize({ width: 360, height: 740 });
    await settle(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 362) {
      // Name the outermost elements that stick out, to say what to fix.
      const culprits = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter(
            (element) =>
              element.getBoundingClientRect().right > 362 &&
              (element.parentElement?.getBoundingClientRect().right ?? 0) <= 362,
          )
          .slice(0, 3)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
      );
      problems.push(`${name}: ${width}px wide at a 360px viewport (${culprits.join(' | ')})`);
    }
    await page.setViewportSize({ width: 1280, height: 860 });
  }
}

export const staffAccessibility = {
  id: 'g',
  name: '(g) staff pages by role; axe on every staff page in en and ur; 360 px; screenshots',
  async run({ browser, baseUrl, databaseUrl, track, shared, log }) {
    assert.ok(shared.delegationId && shared.staffFirms, 'needs the delegation and firms of (e)');
    const problems = [];
    const admin = await createAdmin(baseUrl, databaseUrl);

    // A member: no workspace link, and the pages refuse politely.
    const member = await newPage(browser, baseUrl);
    track(member.page);
    const chenab = await login(baseUrl, shared.staffFirms.chenab.email);
    await signInWithToken(member.page, chenab.refreshToken, '/staff/verification');
    await member.page.getByRole('heading', { level: 1, name: T.staff.forbiddenTitle }).waitFor();
    assert.equal(await member.page.getByRole('link', { name: T.nav.staff }).count(), 0);
    await member.page.goto('/staff/audit');
    await member.page.getByRole('heading', { level: 1, name: T.staff.forbiddenTitle }).waitFor();

    // Staff: the workspace, but no audit log.
    const staffPage = await newPage(browser, baseUrl);
    track(staffPage.page);
    await signInWithToken(staffPage.page, (await staffLogin(baseUrl)).refreshToken, '/staff');
    await staffPage.page.getByTestId('staff-nav').waitFor();
    assert.equal(
      await staffPage.page
        .getByTestId('staff-nav')
        .getByRole('link', { name: T.staff.nav.audit })
        .count(),
      0,
    );
    await staffPage.page.goto('/staff/audit');
    await staffPage.page.getByRole('heading', { level: 1, name: T.staff.forbiddenTitle }).waitFor();
    await staffPage.context.close();

    // The admin filters the audit log by action.
    const { page, context } = await newPage(browser, baseUrl);
    track(page);
    await signInWithToken(page, admin.refreshToken, '/staff');
    await page.getByTestId('staff-nav').getByRole('link', { name: T.staff.nav.audit }).click();
    await page.getByRole('heading', { level: 1, name: T.audit.title }).waitFor();
    await page.getByTestId('audit-action').selectOption('company.reject');
    await eventually(
      () =>
        page.getByTestId('audit-row').evaluateAll((rows) => rows.map((row) => row.dataset.action)),
      (actions) => {
        assert.ok(actions.length >= 2, `rejections listed (${actions.length})`);
        assert.deepEqual([...new Set(actions)], ['company.reject']);
      },
      { message: 'the audit log shows only rejections' },
    );
    await page.getByTestId('audit-row').first().getByText('staff@demo.jcc').click();
    await page.waitForURL(/actor=/);
    await page.getByRole('button', { name: T.audit.reset }).click();

    const pages = [
      ['verification', '/staff/verification'],
      ['imports', '/staff/imports'],
      ['delegations', '/staff/delegations'],
      ['delegation-new', '/staff/delegations/new'],
      ['delegation', `/staff/delegations/${shared.delegationId}`],
      ['stats', '/staff/stats'],
      ['audit', '/staff/audit'],
    ];
    for (const language of ['en', 'ur']) {
      await useLanguage(page, language, admin.user.id);
      for (const [name, path] of pages) {
        await page.goto(path);
        if (name === 'stats') {
          await page.getByTestId('chart-firms').locator('svg').first().waitFor();
        }
        await check(page, name, language, problems, { phone: language === 'en' });
      }
      await useLanguage(member.page, language, chenab.user.id);
      await member.page.goto('/delegations');
      await member.page.locator(`[data-delegation-id="${shared.delegationId}"]`).waitFor();
      await check(member.page, 'my-delegations', language, problems, { phone: language === 'en' });
      log(`  ${language}: ${pages.length + 1} staff pages checked`);
    }
    await context.close();
    await member.context.close();
    assert.deepEqual(problems, []);
  },
};
