/* global document, getComputedStyle, window */
// (fw2) Issue 16, languages and direction (findings 6, 7, 10, 11, 14): Azerbaijani dates and
// lists; a language picked on the landing page survives a reload and sign-in and is saved; another
// firm's goods are "theirs"; the wizard keeps a draft and takes a website without https://;
// Urdu isolates names and previews, has one <main> and distinct words for Verified and Confirmed.
import {
  createFirm,
  login,
  newPage,
  settle,
  signInWithToken,
  texts,
  appStarted,
} from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { api, verifyFirm } from '../lib/staff.mjs';

const en = texts('en');
const az = texts('az');
const ur = texts('ur');

const documentLanguage = (page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

export const firstWeekLanguages = {
  id: 'fw2',
  name: '(fw2) first week: az formatting, language kept through sign-in, wording, wizard draft, Urdu bidi',
  async run({ browser, baseUrl, track }) {
    const pk = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Sialkot Sports Gear',
      sectors: ['textiles', 'sports_goods'],
      offersHs: ['95'],
      seeksHs: ['52'],
    });
    const azFirm = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Bakı Tekstil MMC',
      locale: 'az',
      sectors: ['textiles', 'sports_goods'],
      offersHs: ['52'],
      seeksHs: ['95'],
    });
    await verifyFirm(baseUrl, pk.company.id);
    await verifyFirm(baseUrl, azFirm.company.id);

    // (6) In Azerbaijani: lists joined with "və", dates with the month's name (never "M12").
    const a = await newPage(browser, baseUrl, { locale: 'az-AZ' });
    track(a.page);
    await signInWithToken(a.page, azFirm.refreshToken, `/companies/${pk.company.id}`);
    await a.page.getByRole('heading', { level: 1, name: 'Sialkot Sports Gear' }).waitFor();
    const sectors = `${az.taxonomy.sector.textiles} və ${az.taxonomy.sector.sports_goods}`;
    await settle(a.page);
    const body = await a.page.locator('main').innerText();
    assert.ok(!/\bM\d{1,2}\b/.test(body), `no root-locale dates: ${body.slice(0, 200)}`);
    assert.ok(!/ and /.test(body), 'no English "and" in an Azerbaijani page');
    const months = az.firstweek.intl.months.split(',');
    assert.ok(
      months.some((month) => body.includes(month)) || /\d{1,2} [a-zəöüğışç]{3}/.test(body),
      'a date with an Azerbaijani month',
    );
    // (10) Another firm's goods are theirs, in az.
    await a.page.getByRole('heading', { name: az.firstweek.theirProducts.offers }).waitFor();
    assert.equal(await a.page.getByRole('heading', { name: az.profile.offersHs }).count(), 0);
    await a.page.goto('/directory');
    await a.page.getByText(sectors).first().waitFor();
    await a.context.close();

    // (10) In English, another firm's profile says "Products they offer"; one's own says "you".
    const b = await newPage(browser, baseUrl);
    track(b.page);
    await signInWithToken(b.page, pk.refreshToken, `/companies/${azFirm.company.id}`);
    await b.page.getByRole('heading', { name: en.firstweek.theirProducts.offers }).waitFor();
    await b.page.getByRole('heading', { name: en.firstweek.theirProducts.seeks }).waitFor();
    await b.page.goto(`/companies/${pk.company.id}`);
    await b.page.getByRole('heading', { name: en.profile.offersHs }).waitFor();

    // (14) Urdu: a conversation whose preview is an English reply with a time before it.
    const request = await api(baseUrl, 'POST', '/api/contact-requests', pk.accessToken, {
      toCompanyId: azFirm.company.id,
      message: 'Sure, sending today.',
    });
    await api(baseUrl, 'POST', `/api/contact-requests/${request.id}/accept`, azFirm.accessToken);
    await b.context.close();

    // (7) A visitor picks Urdu on the landing page, reloads on the sign-in page, signs in to an
    // English account: the app stays in Urdu, and the account now says Urdu.
    const c = await newPage(browser, baseUrl, { locale: 'en-US' });
    track(c.page);
    await c.page.goto('/');
    // The prerendered landing page's switcher is static until the app takes over.
    await appStarted(c.page);
    await c.page.getByTestId('language-switcher').selectOption('ur');
    await c.page.getByRole('heading', { level: 1, name: ur.landing.title }).waitFor();
    await c.page.goto('/sign-in');
    await c.page.getByRole('heading', { level: 1, name: ur.auth.signInTitle }).waitFor();
    await c.page.getByLabel(ur.auth.email).fill(pk.email);
    await c.page.locator('input[type="password"]').fill('e2e-password-2026');
    await c.page.getByRole('button', { name: ur.auth.signIn, exact: true }).last().click();
    await c.page.getByTestId('sign-out').waitFor();
    await settle(c.page);
    assert.deepEqual(await documentLanguage(c.page), { lang: 'ur', dir: 'rtl' });
    await eventually(
      async () => (await login(baseUrl, pk.email)).user.locale,
      (locale) => assert.equal(locale, 'ur'),
      { message: 'the language picked before sign-in is saved to the account' },
    );

    // (14) One <main>; names and previews isolated; the English name's heading sits on the right.
    await c.page.goto('/messages');
    const preview = c.page.getByTestId('conversation-preview').first();
    await preview.waitFor();
    assert.equal(await preview.locator('bdi').count(), 2, 'time and body each isolated');
    assert.equal(await preview.locator('bdi').last().innerText(), 'Sure, sending today.');
    assert.equal(await c.page.locator('main').count(), 1, 'one <main> landmark');
    await c.page.goto(`/companies/${azFirm.company.id}`);
    const heading = c.page.getByRole('heading', { level: 1 });
    await heading.locator('bdi').waitFor();
    const place = await c.page.evaluate(() => {
      const h1 = document.querySelector('h1');
      const text = h1.querySelector('bdi').getBoundingClientRect();
      return { dir: getComputedStyle(h1).direction, right: text.right, width: window.innerWidth };
    });
    assert.equal(place.dir, 'rtl');
    assert.ok(place.right > place.width / 2, `the name sits on the right (${place.right})`);
    assert.equal(await c.page.locator('main').count(), 1);
    assert.notEqual(
      ur.delegations.statuses.confirmed,
      ur.taxonomy.verification.verified,
      'Confirmed and Verified are different words in Urdu',
    );
    await c.context.close();

    // (11) The wizard keeps its draft when one leaves; a website without https:// is taken.
    const d = await newPage(browser, baseUrl);
    track(d.page);
    const fresh = await api(baseUrl, 'POST', '/api/auth/register', undefined, {
      email: `wizard-${Date.now()}@e2e.test`,
      password: 'e2e-password-2026',
      fullName: 'Wizard Draft',
      locale: 'en',
    });
    await signInWithToken(d.page, fresh.refreshToken, '/onboarding');
    await d.page.getByLabel(en.profile.name).fill('Sialkot Surgical Co');
    await d.page.getByLabel(en.taxonomy.country.PK, { exact: true }).check();
    await d.page.getByLabel(en.profile.city).fill('Sialkot');
    await d.page.getByLabel(en.profile.sizeBand).selectOption('small');
    await d.page.getByLabel(en.profile.website).fill('sialkotsurgical.pk');
    await d.page.getByTestId('wizard-next').click();
    await d.page.getByLabel(en.taxonomy.sector.surgical_instruments).waitFor();
    assert.equal(await d.page.getByText(en.validation.website).count(), 0, 'website accepted');
    await d.page.getByLabel(en.taxonomy.sector.surgical_instruments).check();
    await d.page.goto('/directory');
    // Wait for the restored session before leaving: a refresh cut short would sign the tab out.
    await d.page.getByTestId('sign-out').waitFor();
    await d.page.goto('/onboarding');
    await d.page.getByTestId('draft-restored').waitFor();
    assert.ok(await d.page.getByLabel(en.taxonomy.sector.surgical_instruments).isChecked());
    await d.page.getByRole('button', { name: en.wizard.back }).click();
    assert.equal(await d.page.getByLabel(en.profile.name).inputValue(), 'Sialkot Surgical Co');
    assert.equal(await d.page.getByLabel(en.profile.website).inputValue(), 'sialkotsurgical.pk');

    const problems = [...d.problems];
    assert.deepEqual(problems, [], problems.join('\n'));
    await d.context.close();
  },
};
