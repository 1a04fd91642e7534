/* global document, fetch */
// (o) Accounts by e-mail: a new member signs up and is asked to confirm the address (banner),
// opens the link of the caught verification mail (read by staff on the development mailbox
// page), signs out, asks for a new password in Urdu (right-to-left), opens the reset link of the
// caught mail, sets a new password, signs in with it; the old password and the spent link fail.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  axeProblems,
  newPage,
  settle,
  signInWithToken,
  texts,
  uniqueEmail,
} from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { ROOT } from '../lib/server.mjs';
import { api, staffLogin } from '../lib/staff.mjs';

const en = texts('en');
const ur = texts('ur');
const account = (language) =>
  JSON.parse(readFileSync(join(ROOT, `apps/web/src/locales/${language}/account.json`), 'utf8'));
const enAccount = account('en');
const urAccount = account('ur');

const documentLanguage = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

/** The newest caught mail to `email` whose text holds `marker`, as the mailbox API lists it. */
async function caughtMail(baseUrl, staffToken, email, marker) {
  return eventually(
    async () => {
      const box = await api(baseUrl, 'GET', '/api/dev/mailbox', staffToken);
      for (const summary of box.items.filter((mail) => mail.to.includes(email))) {
        const mail = await api(baseUrl, 'GET', `/api/dev/mailbox/${summary.id}`, staffToken);
        if (mail.text.includes(marker)) {
          return mail;
        }
      }
      return null;
    },
    (mail) => assert.ok(mail, `a mail to ${email} with ${marker}`),
    { timeout: 20_000, message: `the ${marker} mail is caught` },
  );
}

/** The app path of the link in a mail's text (mails link to APP_URL, here localhost). */
function linkPath(text, path) {
  const match = new RegExp(`https?://[^\\s]+(${path}\\?token=[^\\s]+)`).exec(text);
  assert.ok(match, `a ${path} link in the mail`);
  return match[1];
}

export const accounts = {
  id: 'o',
  name: '(o) accounts: sign up, verify by mailed link, forgot password in Urdu, reset, sign in',
  async run({ browser, baseUrl, track }) {
    const staff = await staffLogin(baseUrl);
    const email = uniqueEmail('accounts');
    const oldPassword = 'the-first-password-2026';
    const newPassword = 'the-second-password-2026';

    // Sign up; the banner asks to confirm the address and says the profile waits for it.
    const a = await newPage(browser, baseUrl);
    track(a.page);
    await a.page.goto('/sign-up');
    await a.page.getByLabel(en.auth.fullName).fill('Farah Aliyeva');
    await a.page.getByLabel(en.auth.email).fill(email);
    await a.page.locator('input[type="password"]').fill(oldPassword);
    await a.page.getByRole('button', { name: en.auth.createAccount }).click();
    await a.page.waitForURL('**/onboarding');
    const banner = a.page.getByTestId('email-verification-banner');
    await banner.getByText(enAccount.banner.review).waitFor();
    await settle(a.page);
    assert.deepEqual(await axeProblems(a.page), [], 'the page with the banner passes axe');

    // Staff read the verification mail on the development mailbox page (in the staff menu).
    const mail = await caughtMail(baseUrl, staff.accessToken, email, '/verify-email?token=');
    const s = await newPage(browser, baseUrl);
    track(s.page);
    await signInWithToken(s.page, staff.refreshToken, '/staff');
    await s.page.getByTestId('staff-nav').getByRole('link', { name: en.staff.nav.mailbox }).click();
    await s.page.getByTestId('mailbox').waitFor();
    await s.page.goto(`/staff/mailbox/${mail.id}`);
    const text = await s.page.getByTestId('mail-text').textContent();
    assert.equal(await s.page.getByTestId('mail-html').getAttribute('sandbox'), '');
    await settle(s.page);
    assert.deepEqual(await axeProblems(s.page), [], 'the caught mail page passes axe');

    // The member opens the link: confirmed, and the banner is gone.
    await a.page.goto(linkPath(text, '/verify-email'));
    await a.page.getByTestId('verify-done').waitFor();
    assert.equal(await banner.count(), 0, 'no banner once the address is confirmed');
    await settle(a.page);
    assert.deepEqual(await axeProblems(a.page), [], 'the verified page passes axe');
    await a.page.getByTestId('sign-out').click();
    await a.page.getByRole('link', { name: en.auth.signIn }).first().waitFor();

    // Forgot password, in Urdu on a phone: the same answer as for any address.
    const b = await newPage(browser, baseUrl, { width: 390, height: 844 });
    track(b.page);
    await b.page.goto('/sign-in');
    await b.page.getByTestId('language-switcher').selectOption('ur');
    await b.page.getByRole('heading', { level: 1, name: ur.auth.signInTitle }).waitFor();
    assert.deepEqual(await documentLanguage(b.page), { lang: 'ur', dir: 'rtl' });
    await b.page.getByTestId('forgot-password').click();
    await b.page.getByRole('heading', { level: 1, name: urAccount.forgot.title }).waitFor();
    await b.page.getByLabel(ur.auth.email).fill(email);
    await b.page.getByTestId('reset-request').click();
    await b.page.getByTestId('reset-requested').waitFor();
    await settle(b.page);
    assert.deepEqual(await axeProblems(b.page), [], 'the Urdu forgot-password page passes axe');

    // The reset link from the caught mail; the new password twice; then sign-in.
    const reset = await caughtMail(baseUrl, staff.accessToken, email, '/reset-password?token=');
    const resetPath = linkPath(reset.text, '/reset-password');
    await b.page.goto(resetPath);
    await b.page.getByRole('heading', { level: 1, name: urAccount.reset.title }).waitFor();
    const passwords = b.page.locator('input[type="password"]');
    await passwords.nth(0).fill(newPassword);
    await passwords.nth(1).fill('not-the-same-password');
    await b.page.getByTestId('reset-save').click();
    await b.page.getByText(urAccount.reset.mismatch).waitFor();
    await passwords.nth(1).fill(newPassword);
    await settle(b.page);
    assert.deepEqual(await axeProblems(b.page), [], 'the Urdu reset page passes axe');
    await b.page.getByTestId('reset-save').click();
    await b.page.waitForURL('**/sign-in?reset=1');
    await b.page.getByTestId('password-was-reset').waitFor();

    // A spent link says so.
    const c = await newPage(browser, baseUrl);
    track(c.page);
    await c.page.goto(resetPath);
    const again = c.page.locator('input[type="password"]');
    await again.nth(0).fill('a-third-password-2026');
    await again.nth(1).fill('a-third-password-2026');
    await c.page.getByTestId('reset-save').click();
    await c.page.getByTestId('reset-used').waitFor();

    // Sign in with the new password (the form, in Urdu); the old one no longer works.
    await b.page.getByLabel(ur.auth.email).fill(email);
    await b.page.locator('input[type="password"]').fill(newPassword);
    await b.page.getByRole('button', { name: ur.auth.signIn }).click();
    await b.page.waitForURL('**/onboarding');
    await b.page.getByTestId('sign-out').waitFor();
    const old = await fetch(`${baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: oldPassword }),
    });
    assert.equal(old.status, 401, 'the old password is refused');

    // The member's mail settings (in the menu): one switch turns the digests off.
    await b.page.goto('/settings');
    const digests = b.page.getByRole('switch', { name: new RegExp(urAccount.category.messages) });
    await digests.waitFor();
    assert.equal(await digests.isChecked(), true, 'every kind of mail is on at first');
    await digests.click({ force: true });
    await b.page.getByTestId('preferences-saved').waitFor();
    await settle(b.page);
    assert.deepEqual(await axeProblems(b.page), [], 'the settings page passes axe');

    assert.deepEqual([...a.problems, ...s.problems, ...b.problems, ...c.problems], []);
    for (const each of [a, s, b, c]) {
      await each.context.close();
    }
  },
};
