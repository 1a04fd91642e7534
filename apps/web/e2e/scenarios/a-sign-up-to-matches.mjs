// (a) A Pakistani firm signs up, completes the profile wizard (with inline validation that says
// what the API would say) and sees Azerbaijani matches with their reasons; save, dismiss, undo.
import { newPage, settle, texts, uniqueEmail } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';

const T = texts('en');
const tax = T.taxonomy;

export const signUpToMatches = {
  id: 'a',
  name: '(a) a PK firm signs up, completes the wizard and sees AZ matches with reasons',
  async run({ browser, baseUrl, track, shared }) {
    const { page, context, problems } = await newPage(browser, baseUrl);
    track(page);
    const email = uniqueEmail('pk-wizard');

    await page.goto('/');
    await page.getByRole('link', { name: T.landing.join }).click();
    await page.getByLabel(T.auth.fullName).fill('Ayesha Khan');
    await page.getByLabel(T.auth.email).fill(email);
    await page.locator('input[type="password"]').fill('too-short');
    await page.getByRole('button', { name: T.auth.createAccount }).click();
    await page.getByText(T.validation.minLength_other.replace('{{count}}', '10')).waitFor();
    await page.locator('input[type="password"]').fill('a-long-enough-password');
    await page.getByRole('button', { name: T.auth.createAccount }).click();
    await page.waitForURL('**/onboarding');

    // Step 1: nothing filled in → inline errors; a malformed NTN → the API's own rule.
    const next = page.getByTestId('wizard-next');
    await next.click();
    assert.ok(
      (await page.getByText(T.validation.required).count()) >= 3,
      'required-field errors shown',
    );
    await page.getByLabel(T.profile.name).fill('Sialkot Cotton Crafts (Pvt) Ltd');
    await page.getByLabel(tax.country.PK, { exact: true }).check();
    await page.getByLabel(T.profile.city).fill('Faisalabad');
    const ntn = page.getByLabel(/NTN/);
    await ntn.fill('12345');
    await next.click();
    await page
      .getByText(
        T.validation.registrationNumber
          .replace('{{label}}', 'NTN')
          .replace('{{example}}', '1234567-8'),
      )
      .waitFor();
    const digits = String(Date.now()).slice(-7);
    await ntn.fill(`${digits}-${digits.at(-1)}`);
    await page.getByLabel(T.profile.sizeBand).selectOption('small');
    await next.click();

    // Step 2: sectors.
    await page.getByLabel(tax.sector.textiles).check();
    await next.click();

    // Step 3: products, searched by name and by number.
    const offers = page.getByRole('combobox', { name: T.profile.offersHs });
    await offers.fill('cotton');
    await page.getByRole('option', { name: `52 · ${tax.hs['52']}` }).click();
    await offers.fill('63');
    await page.getByRole('option', { name: `63 · ${tax.hs['63']}` }).click();
    await page.keyboard.press('Escape');
    const seeks = page.getByRole('combobox', { name: T.profile.seeksHs });
    await seeks.fill('84');
    await page.getByRole('option', { name: `84 · ${tax.hs['84']}` }).click();
    await page.keyboard.press('Escape');
    await next.click();

    // Step 4: partnership and languages.
    await page.getByLabel(tax.partnership.export, { exact: true }).check();
    await page.getByLabel(tax.partnership.distribution, { exact: true }).check();
    await page.getByLabel(tax.language.en, { exact: true }).check();
    await page.getByLabel(tax.language.ru, { exact: true }).check();
    await next.click();

    // Step 5: description, then create.
    await page
      .getByLabel(T.profile.description)
      .fill('Towels, bed linen and cotton yarn for export.');
    await page.getByRole('button', { name: T.wizard.finish }).click();
    await page.waitForURL('**/dashboard');
    await page.getByTestId('verification-banner').waitFor();

    // Matches: Azerbaijani firms only, each with a score and reasons in words.
    await page.getByTestId('match-card').first().waitFor({ timeout: 20_000 });
    await settle(page);
    // The first screen of cards renders first, the rest a frame later.
    await eventually(
      () => page.getByTestId('match-card').count(),
      (count) => assert.ok(count >= 3, `expected several matches, got ${count}`),
      { message: 'several matches' },
    );
    const cards = await page.getByTestId('match-card').all();
    for (const card of cards.slice(0, 5)) {
      const text = await card.innerText();
      assert.ok(
        text.includes(tax.country.AZ),
        `a match of the other country: ${text.slice(0, 80)}`,
      );
      assert.ok(!text.includes(tax.country.PK), 'no Pakistani firm is matched');
      const reasons = await card.getByTestId('match-reasons').locator('li').allInnerTexts();
      assert.ok(
        reasons.length >= 1 && reasons.every((reason) => reason.length > 8),
        'reasons in words',
      );
      assert.ok(
        !/\{\{|reason\./.test(reasons.join(' ')),
        `reasons translated: ${reasons.join(' | ')}`,
      );
    }
    const allReasons = (await page.getByTestId('match-reasons').allInnerTexts()).join('\n');
    assert.match(allReasons, /Offers what you seek|Seeks what you offer|Works in the same sector/);

    // Save, then dismiss with undo.
    const first = page.getByTestId('match-card').first();
    await first.getByRole('button', { name: T.matches.save, exact: true }).click();
    await first.getByRole('button', { name: T.matches.saved }).waitFor();
    const second = page.getByTestId('match-card').nth(1);
    const secondName = (await second.locator('h3').innerText()).trim();
    await second.getByRole('button', { name: T.matches.dismiss }).click();
    await eventually(
      () => page.getByTestId('match-card').locator('h3').allInnerTexts(),
      (names) => assert.ok(!names.map((name) => name.trim()).includes(secondName)),
      { message: 'dismissed firm leaves the list' },
    );
    await page.getByRole('button', { name: T.matches.undo }).click();
    await eventually(
      () => page.getByTestId('match-card').locator('h3').allInnerTexts(),
      (names) => assert.ok(names.map((name) => name.trim()).includes(secondName)),
      { message: 'undo brings the firm back' },
    );
    await page.getByRole('tab', { name: T.matches.savedTab }).click();
    await eventually(
      () => page.getByTestId('match-card').count(),
      (count) => assert.equal(count, 1),
      { message: 'the saved tab lists the saved firm' },
    );

    assert.deepEqual(problems, []);
    shared.wizardFirm = { email, password: 'a-long-enough-password' };
    await context.close();
  },
};
