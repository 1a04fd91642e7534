/* global document */
// (i) The opportunities board: firm A posts through the form, staff publish it from the review
// page, firm B of the other country (in Urdu, right to left, at phone width) finds it on the
// board and expresses interest; A sees the contact request that carries the opportunity.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  axeProblems,
  createFirm,
  newPage,
  settle,
  signInWithToken,
  texts,
} from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';
import { ROOT } from '../lib/server.mjs';
import { staffLogin, verifyFirm } from '../lib/staff.mjs';

const board = (language) =>
  JSON.parse(
    readFileSync(join(ROOT, `apps/web/src/locales/${language}/opportunities.json`), 'utf8'),
  );
const en = { ...texts('en'), o: board('en') };
const ur = { ...texts('ur'), o: board('ur') };

export const opportunities = {
  id: 'i',
  name: '(i) opportunities: post, staff publish, the other country expresses interest',
  async run({ browser, baseUrl, track }) {
    const pk = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Lyallpur Yarn Spinners',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: ['84'],
    });
    const azFirm = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Gəncə Toxuculuq MMC',
      locale: 'ur',
      sectors: ['textiles'],
      offersHs: ['61'],
      seeksHs: ['52'],
    });
    await verifyFirm(baseUrl, pk.company.id);
    await verifyFirm(baseUrl, azFirm.company.id);

    // A posts through the form and sends it for review.
    const a = await newPage(browser, baseUrl);
    track(a.page);
    await signInWithToken(a.page, pk.refreshToken, '/opportunities/new');
    const title = 'Combed cotton yarn for Ganja weavers';
    await a.page.getByLabel(en.o.form.kind).selectOption('business_offer');
    await a.page.getByLabel(en.o.form.titleField).fill(title);
    await a.page
      .getByLabel(en.o.form.summary)
      .fill('Ne 30s combed cotton yarn, two containers a month, delivered to Ganja.');
    const sectors = a.page.getByRole('combobox', { name: new RegExp(`^${en.o.form.sectors}`) });
    await sectors.fill(en.taxonomy.sector.textiles.slice(0, 4));
    await a.page.getByRole('option', { name: en.taxonomy.sector.textiles }).click();
    await a.page.keyboard.press('Escape');
    const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await a.page.getByLabel(en.o.form.deadline).fill(deadline);
    await a.page.getByRole('button', { name: en.o.form.submit }).click();
    await a.page.waitForURL('**/opportunities/mine');
    const mine = a.page.getByTestId('opportunity-card').filter({ hasText: title });
    await mine.getByTestId('opportunity-status').getByText(en.o.status.submitted).waitFor();

    // Staff publish it from the review page.
    const staff = await staffLogin(baseUrl);
    const s = await newPage(browser, baseUrl);
    track(s.page);
    await signInWithToken(s.page, staff.refreshToken, '/staff/opportunities');
    const queued = s.page.getByTestId('opportunity-card').filter({ hasText: title });
    await queued.getByRole('button', { name: en.o.review.publish }).click();
    await queued.waitFor({ state: 'detached' });

    // B, in Urdu at phone width: the board as cards, right to left; it expresses interest.
    const b = await newPage(browser, baseUrl, { locale: 'ur-PK', width: 390, height: 844 });
    track(b.page);
    await signInWithToken(b.page, azFirm.refreshToken, '/opportunities');
    assert.equal(await b.page.evaluate(() => document.documentElement.dir), 'rtl');
    const card = b.page.getByTestId('opportunity-card').filter({ hasText: title });
    await card.getByText(ur.o.kind.business_offer).waitFor();
    const width = await card.evaluate((element) => element.getBoundingClientRect().width);
    assert.ok(width <= 390, `the card fits a phone (${width} px)`);
    await settle(b.page);
    assert.deepEqual(await axeProblems(b.page), [], 'axe on the board in Urdu');

    await card.getByRole('link', { name: title }).click();
    await b.page.getByTestId('opportunity-summary').waitFor();
    await b.page.getByRole('button', { name: ur.o.interest.button }).click();
    await b.page
      .getByLabel(ur.o.interest.message)
      .fill('ہم گنجہ میں بُنائی کرتے ہیں اور یہ دھاگہ خریدنا چاہتے ہیں۔');
    await b.page.getByRole('button', { name: ur.o.interest.send }).click();
    await b.page.getByTestId('interest-sent').waitFor();
    await settle(b.page);
    assert.deepEqual(await axeProblems(b.page), [], 'axe on the detail page in Urdu');

    // A sees the contact request, carrying the opportunity.
    await a.page.goto('/contacts');
    const request = a.page
      .getByTestId('contact-request')
      .filter({ hasText: 'Gəncə Toxuculuq MMC' });
    await request.getByTestId('request-opportunity').getByText(title).waitFor();
    await a.page.goto('/opportunities/mine');
    await a.page
      .getByTestId('opportunity-card')
      .filter({ hasText: title })
      .getByTestId('interest-count')
      .getByText('1')
      .waitFor();

    assert.deepEqual([...a.problems, ...b.problems, ...s.problems], []);
    await a.context.close();
    await b.context.close();
    await s.context.close();
  },
};
