// (r) Suspension: the owner of a seeded demo firm has the app open; chamber staff (another
// browser) suspend the firm on its page with a reason. Within seconds the owner's open app ends
// the session and the sign-in page says the firm is suspended, with staff's reason; signing in is
// refused with the same reason; the firm is gone from the public directory. Staff reinstate it:
// the owner signs in again to the dashboard, the firm is back in the directory, and both mails
// (suspension with the reason, reinstatement with a sign-in link) are in the dev mailbox.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { axeProblems, login, newPage, settle, signInWithToken, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { ROOT } from '../lib/server.mjs';
import { api, staffLogin } from '../lib/staff.mjs';

const en = texts('en');
const enAccount = JSON.parse(
  readFileSync(join(ROOT, 'apps/web/src/locales/en/account.json'), 'utf8'),
);
// tools/seed: the owners of the demo members' partner firms (demo-partners.ts), one password.
const DEMO_PASSWORD = 'demo-password-2026';
const REASON = 'Membership dues unpaid since June — e2e';

/**
 * The owner of a seeded partner firm, with the firm. The Azerbaijani partners come last in the
 * seed and take the smallest part in the demo's activity, so they are tried first.
 */
async function demoOwner(baseUrl) {
  for (const n of [7, 6, 5, 4]) {
    const auth = await login(baseUrl, `partner${n}@demo.jcc`, DEMO_PASSWORD).catch(() => null);
    if (!auth?.user.companyId) {
      continue;
    }
    const company = await api(
      baseUrl,
      'GET',
      `/api/companies/${auth.user.companyId}`,
      auth.accessToken,
    );
    if (company.verification === 'verified' && !company.suspension) {
      return { auth, email: auth.user.email, company };
    }
  }
  throw new Error('no seeded demo partner firm to suspend (tools/seed demo-partners.ts)');
}

/** The caught mail to `email` whose subject is `subject`, as the dev mailbox lists it. */
function caughtMail(baseUrl, staffToken, email, subject) {
  return eventually(
    async () => {
      const box = await api(baseUrl, 'GET', '/api/dev/mailbox', staffToken);
      const found = box.items.filter((mail) => mail.to.includes(email) && mail.subject === subject);
      return Promise.all(
        found.map((mail) => api(baseUrl, 'GET', `/api/dev/mailbox/${mail.id}`, staffToken)),
      );
    },
    (mails) => assert.equal(mails.length, 1, `one mail "${subject}" to ${email}`),
    { timeout: 20_000, message: `the mail "${subject}" is caught` },
  ).then(([mail]) => mail);
}

/** Whether the directory, searched for the firm's name, lists it (once the search answered). */
async function listedInDirectory(page, name) {
  await page.goto(`/directory?q=${encodeURIComponent(name)}`);
  const card = page.getByTestId('company-card').filter({ hasText: name });
  await card.or(page.getByText(en.directory.empty)).first().waitFor();
  await settle(page);
  return (await card.count()) > 0;
}

export const suspension = {
  id: 'r',
  name: '(r) suspension: staff suspend a demo firm, its open app ends with the reason, reinstate',
  async run({ browser, baseUrl, track }) {
    const staff = await staffLogin(baseUrl);
    const owner = await demoOwner(baseUrl);
    const name = owner.company.name;
    const ownerTexts = texts(owner.auth.user.locale);

    // A visitor finds the firm in the directory.
    const v = await newPage(browser, baseUrl);
    track(v.page);
    assert.equal(await listedInDirectory(v.page, name), true, 'listed before the suspension');

    // The owner has the app open on the dashboard, its socket connected.
    const m = await newPage(browser, baseUrl);
    track(m.page);
    const socketOpened = m.page.waitForEvent('websocket', { timeout: 20_000 });
    await signInWithToken(m.page, owner.auth.refreshToken, '/dashboard');
    await m.page.getByRole('heading', { level: 1, name: ownerTexts.matches.title }).waitFor();
    await socketOpened;

    // Staff suspend the firm from its page, with a reason.
    const s = await newPage(browser, baseUrl);
    track(s.page);
    await signInWithToken(s.page, staff.refreshToken, `/companies/${owner.company.id}`);
    await s.page.getByTestId('suspend-firm').click();
    await s.page.getByText(enAccount.suspension.explain).waitFor();
    await s.page.getByTestId('suspension-reason').fill(REASON);
    await s.page.getByTestId('suspension-confirm').click();
    await s.page.getByTestId('company-suspended').getByText(REASON, { exact: false }).waitFor();
    const suspendedAt = Date.now();

    // The owner's open app: signed out within seconds, told why, with staff's reason.
    await m.page.waitForURL('**/sign-in?**', { timeout: 5_000 });
    const ended = m.page.getByTestId('session-suspended');
    await ended.getByText(REASON, { exact: false }).waitFor({ timeout: 5_000 });
    assert.ok(Date.now() - suspendedAt < 5_000, 'the open app says so within 5 s');
    assert.ok(
      (await ended.innerText()).includes(ownerTexts.auth.sessionSuspended.split('\n')[0]),
      'in the owner’s language',
    );

    // Signing in is refused with the reason.
    await m.page.getByLabel(ownerTexts.auth.email).fill(owner.email);
    await m.page.locator('input[type="password"]').fill(DEMO_PASSWORD);
    await m.page.getByRole('button', { name: ownerTexts.auth.signIn }).click();
    const refused = m.page.getByTestId('sign-in-error');
    await refused.getByText(REASON, { exact: false }).waitFor();
    await settle(m.page);
    assert.deepEqual(await axeProblems(m.page), [], 'the suspended sign-in page passes axe');

    // Gone from the public directory.
    assert.equal(await listedInDirectory(v.page, name), false, 'not listed while suspended');

    // Staff reinstate it; the owner signs in again and lands on the dashboard.
    await s.page.getByTestId('reinstate-firm').click();
    await s.page.getByTestId('suspend-firm').waitFor();
    await m.page.getByRole('button', { name: ownerTexts.auth.signIn }).click();
    await m.page.waitForURL('**/dashboard');
    await m.page.getByRole('heading', { level: 1, name: ownerTexts.matches.title }).waitFor();
    await m.page.getByTestId('sign-out').waitFor();
    assert.equal(await listedInDirectory(v.page, name), true, 'listed again once reinstated');

    // Both mails reached the owner, in their language, through the outbox.
    const subjects = {
      az: [`${name}: üzvlük dayandırılıb`, `${name}: üzvlük bərpa olunub`],
      en: [`${name}: membership suspended`, `${name}: membership restored`],
    }[owner.auth.user.locale];
    assert.ok(subjects, `a demo partner writes in az or en, not ${owner.auth.user.locale}`);
    const suspendedMail = await caughtMail(baseUrl, staff.accessToken, owner.email, subjects[0]);
    assert.ok(suspendedMail.text.includes(REASON), 'the suspension mail gives the reason');
    const restoredMail = await caughtMail(baseUrl, staff.accessToken, owner.email, subjects[1]);
    assert.match(restoredMail.text, /https?:\/\/[^\s]+\/sign-in/, 'a sign-in link');

    // The refused refresh and sign-in are 403s the page expects; anything else is a problem.
    const unexpected = (problem) => !/status of 403/.test(problem);
    assert.deepEqual([...v.problems, ...m.problems.filter(unexpected), ...s.problems], []);
    for (const each of [v, m, s]) {
      await each.context.close();
    }
  },
};
