/* global document */
// (i) Two firms that talk record an agreement from their conversation; the other firm (in Urdu,
// at phone width) moves a commitment to done with a note; both see the history; staff see the
// funnel on the follow-up dashboard. axe on the register's pages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { axeProblems, createFirm, newPage, settle, signInWithToken } from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';
import { ROOT } from '../lib/server.mjs';
import { api, staffLogin, verifyFirm } from '../lib/staff.mjs';

const agreementsText = (language) =>
  JSON.parse(readFileSync(join(ROOT, `apps/web/src/locales/${language}/agreements.json`), 'utf8'));
const en = agreementsText('en');
const ur = agreementsText('ur');
const year = new Date().getUTCFullYear();

/** Picks an option of a Mantine Select or MultiSelect by its visible label. */
async function choose(page, label, option) {
  // Mantine's input carries the label (its dropdown may too: take the input).
  await page.getByLabel(label).first().click();
  await page.getByRole('option', { name: option }).click();
}

export const agreements = {
  id: 'i',
  name: '(k) agreements: record from a conversation, update a commitment, dashboard funnel',
  async run({ browser, baseUrl, track }) {
    const pk = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Sialkot Match Balls',
      sectors: ['sports_goods'],
      offersHs: ['95'],
      seeksHs: ['41'],
    });
    const azFirm = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Gəncə İdman MMC',
      locale: 'ur',
      sectors: ['sports_goods'],
      offersHs: ['41'],
      seeksHs: ['95'],
    });
    await verifyFirm(baseUrl, pk.company.id);
    await verifyFirm(baseUrl, azFirm.company.id);
    const request = await api(baseUrl, 'POST', '/api/contact-requests', pk.accessToken, {
      toCompanyId: azFirm.company.id,
      message: 'Shall we supply your shops?',
    });
    const { conversation } = await api(
      baseUrl,
      'POST',
      `/api/contact-requests/${request.id}/accept`,
      azFirm.accessToken,
    );

    // The Pakistani firm records the agreement from the conversation.
    const a = await newPage(browser, baseUrl);
    track(a.page);
    await signInWithToken(a.page, pk.refreshToken, `/messages/${conversation.id}`);
    await a.page.getByTestId('record-agreement-link').click();
    await a.page.waitForURL('**/agreements/new?*');
    await a.page.getByTestId('form-source').waitFor();
    const form = a.page.getByTestId('agreement-form');
    await form.getByLabel(en.form.title).fill('Match balls for Ganja sports shops');
    await form.getByLabel(en.form.signedOn).fill(`${year - 1}-09-15`);
    await choose(a.page, en.form.sectors, 'Sports goods');
    await a.page.keyboard.press('Escape');
    assert.deepEqual(await form.getByTestId('form-party').allInnerTexts(), [
      'Sialkot Match Balls (Pakistan)',
      'Gəncə İdman MMC (Azerbaijan)',
    ]);
    await form.getByTestId('add-commitment').click();
    // A due date before the signing date is refused on the spot.
    await form.getByLabel(en.form.commitmentTitle).fill('Ship the first 2,000 balls');
    await form.getByLabel(en.form.dueOn).fill(`${year - 1}-09-01`);
    await form.getByLabel(en.form.firstShipment).check();
    await form.getByTestId('agreement-submit').click();
    await form.getByText(en.form.dueBeforeSigning).waitFor();
    await form.getByLabel(en.form.dueOn).fill(`${year + 1}-03-01`);
    await form.getByTestId('agreement-submit').click();
    await a.page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    const agreementId = a.page.url().split('/agreements/')[1];
    await a.page.getByRole('heading', { name: 'Match balls for Ganja sports shops' }).waitFor();
    assert.equal(await a.page.getByTestId('commitment').count(), 1);

    // The Azerbaijani firm, in Urdu on a phone, marks the shipment done with a note.
    const b = await newPage(browser, baseUrl, { locale: 'ur-PK', width: 360, height: 740 });
    track(b.page);
    await signInWithToken(b.page, azFirm.refreshToken, '/agreements');
    await b.page.getByTestId('agreement-card').first().waitFor();
    assert.equal(await b.page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.ok(
      (await b.page.evaluate(() => document.documentElement.scrollWidth)) <= 362,
      'the register fits a 360 px phone',
    );
    await b.page.getByRole('link', { name: 'Match balls for Ganja sports shops' }).click();
    await b.page.getByTestId('commitment').waitFor();
    await choose(b.page, ur.update.commitment, 'Ship the first 2,000 balls');
    await choose(b.page, ur.update.status, ur.status.done);
    await b.page.getByLabel(ur.update.note).fill('Received in Ganja, all in order');
    await b.page.getByTestId('update-submit').click();
    await b.page.getByTestId('history').getByText('Received in Ganja, all in order').waitFor();
    assert.equal(
      await b.page.getByTestId('commitment').getByTestId('commitment-status').innerText(),
      ur.status.done,
    );
    await settle(b.page);
    const phoneProblems = await axeProblems(b.page);

    // The first firm sees the update in the history (after a reload).
    await a.page.reload();
    await a.page.getByTestId('history').getByText('Received in Ganja, all in order').waitFor();
    await settle(a.page);
    const detailProblems = await axeProblems(a.page);

    // Staff see the agreement and the first shipment in the funnel.
    const staff = await staffLogin(baseUrl);
    const dashboard = await api(baseUrl, 'GET', '/api/agreements/dashboard', staff.accessToken);
    const stage = (name) => dashboard.funnel.find((row) => row.stage === name).count;
    assert.ok(stage('agreement') >= 1 && stage('first_shipment') >= 1, 'funnel counts it');
    const stored = await api(baseUrl, 'GET', `/api/agreements/${agreementId}`, staff.accessToken);
    assert.deepEqual(stored.source, { kind: 'conversation', refId: conversation.id });
    const c = await newPage(browser, baseUrl);
    track(c.page);
    await signInWithToken(c.page, staff.refreshToken, '/staff/agreements');
    await c.page.getByTestId('agreements-funnel').waitFor();
    // Nothing is due yet on this fresh platform (the shipment was done early): no rate, a dash.
    assert.equal(await c.page.getByTestId('implementation-rate').innerText(), '—');
    await settle(c.page);
    const dashboardProblems = await axeProblems(c.page);

    assert.deepEqual([...phoneProblems, ...detailProblems, ...dashboardProblems], []);
    assert.deepEqual([...a.problems, ...b.problems, ...c.problems], []);
  },
};
