/* global document, getComputedStyle */
// (c) Urdu turns the page right-to-left and translated, with a Nastaliq font; the first visit
// follows the browser's language; the choice is remembered for the user on another device.
import { login, newPage, settle, texts, uniqueEmail, appStarted } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';

const en = texts('en');
const ur = texts('ur');

const documentLanguage = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

export const urdu = {
  id: 'c',
  name: '(c) switching to Urdu makes the page RTL and translated; browser language; per user',
  async run({ browser, baseUrl, track }) {
    const { page, context, problems } = await newPage(browser, baseUrl, { locale: 'en-US' });
    track(page);
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: en.landing.title }).waitFor();
    // The prerendered landing page's switcher is static until the app takes over.
    await appStarted(page);
    assert.deepEqual(await documentLanguage(page), { lang: 'en', dir: 'ltr' });

    await page.getByTestId('language-switcher').selectOption('ur');
    await page.getByRole('heading', { level: 1, name: ur.landing.title }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'ur', dir: 'rtl' });
    await settle(page);
    const font = await page.evaluate(() => ({
      family: getComputedStyle(document.querySelector('h1')).fontFamily,
      loaded: document.fonts.check('16px "Noto Nastaliq Urdu"', 'پاکستان'),
      headerStart: document.querySelector('[data-testid="brand"]').getBoundingClientRect().left,
    }));
    assert.match(font.family, /Noto Nastaliq Urdu/);
    assert.ok(font.loaded, 'the Nastaliq font is loaded');
    assert.ok(font.headerStart > 640, `the brand sits on the right in RTL (x=${font.headerStart})`);
    await page.getByRole('link', { name: ur.nav.directory }).first().waitFor();

    // The choice survives a reload; sign up in Urdu.
    await page.goto('/sign-up');
    await page.getByRole('heading', { level: 1, name: ur.auth.signUpTitle }).waitFor();
    assert.deepEqual(await documentLanguage(page), { lang: 'ur', dir: 'rtl' });
    const email = uniqueEmail('ur');
    await page.getByLabel(ur.auth.fullName).fill('عائشہ خان');
    await page.getByLabel(ur.auth.email).fill(email);
    await page.locator('input[type="password"]').fill('a-long-enough-password');
    await page.getByRole('button', { name: ur.auth.createAccount }).click();
    await page.waitForURL('**/onboarding');
    await page.getByRole('heading', { level: 1, name: ur.wizard.title }).waitFor();
    await page.getByTestId('wizard-next').click();
    await page.getByText(ur.validation.required).first().waitFor();
    assert.deepEqual(problems, []);
    await context.close();

    // Another device with an English browser: after sign-in the account's language (Urdu) returns.
    const other = await newPage(browser, baseUrl, { locale: 'en-GB' });
    track(other.page);
    await other.page.goto('/sign-in');
    await other.page.getByRole('heading', { level: 1, name: en.auth.signInTitle }).waitFor();
    assert.equal((await documentLanguage(other.page)).lang, 'en');
    await other.page.getByLabel(en.auth.email).fill(email);
    await other.page.locator('input[type="password"]').fill('a-long-enough-password');
    await other.page.getByRole('button', { name: en.auth.signIn, exact: true }).last().click();
    await eventually(
      () => documentLanguage(other.page),
      (value) => assert.deepEqual(value, { lang: 'ur', dir: 'rtl' }),
      {
        message: 'the user’s language is applied after sign-in',
      },
    );
    // A signed-in user's choice is stored on the account (PATCH /api/auth/me), not the device.
    await other.page.getByTestId('language-switcher').selectOption('ru');
    await other.page
      .getByRole('link', { name: texts('ru').nav.directory })
      .first()
      .waitFor();
    await eventually(
      async () => (await login(baseUrl, email, 'a-long-enough-password')).user.locale,
      (locale) => assert.equal(locale, 'ru'),
      { message: 'the account’s language is now Russian' },
    );
    await other.context.close();

    // First visits follow the browser's language.
    for (const [locale, language] of [
      ['ur-PK', 'ur'],
      ['az-AZ', 'az'],
      ['ru-RU', 'ru'],
    ]) {
      const visitor = await newPage(browser, baseUrl, { locale });
      track(visitor.page);
      await visitor.page.goto('/');
      await visitor.page
        .getByRole('heading', { level: 1, name: texts(language).landing.title })
        .waitFor();
      assert.equal((await documentLanguage(visitor.page)).lang, language);
      await visitor.context.close();
    }
  },
};
