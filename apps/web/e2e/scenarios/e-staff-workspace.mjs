// (e) Chamber staff at work: a firm that changed its city comes back to the verification queue
// with the change shown before/after and is verified with a note; two new firms are rejected in
// bulk; a delegation is created, a suggested firm invited, another firm applies; the invited firm
// confirms on its own page; the list is exported as CSV (with the firm) and PDF (%PDF).
import { createFirm, login, newPage, signInWithToken, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { api, download, staffLogin } from '../lib/staff.mjs';

const T = texts('en');

function inDays(days) {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return date.toISOString().slice(0, 10);
}

/** Clicks "Load more" until the firm's card is on the page (the queue is oldest first). */
async function findQueueItem(page, companyId) {
  const item = page.locator(`[data-testid="queue-item"][data-company-id="${companyId}"]`);
  const more = page.getByTestId('load-more');
  for (let round = 0; round < 30; round += 1) {
    await page.waitForLoadState('networkidle');
    if ((await item.count()) > 0) {
      return item;
    }
    // The button goes away while a new filter loads: then just look again.
    if ((await more.count()) > 0) {
      await more.click({ timeout: 3000 }).catch(() => undefined);
    } else {
      await page.waitForTimeout(200);
    }
  }
  await item.waitFor();
  return item;
}

export const staffWorkspace = {
  id: 'e',
  name: '(e) staff: verify (changes before/after), bulk reject, delegation, invite, answer, export',
  async run({ browser, baseUrl, track, shared, log }) {
    const staff = await staffLogin(baseUrl);
    const token = staff.accessToken;
    const firm = (name, extra = {}) =>
      createFirm(baseUrl, {
        country: 'PK',
        name,
        sectors: ['textiles'],
        offersHs: ['52', '63'],
        seeksHs: ['84'],
        ...extra,
      });
    const chenab = await firm('Chenab Denim Works');
    const ravi = await firm('Ravi Spinning Co');
    const jhelum = await firm('Jhelum Weaving House');
    const soan = await firm('Soan Apparel Exports');
    // Verified once, then the firm moves: it is back in the queue with what changed.
    await api(baseUrl, 'POST', `/api/companies/${chenab.company.id}/verification`, token, {
      status: 'verified',
    });
    await api(baseUrl, 'PATCH', `/api/companies/${chenab.company.id}`, chenab.accessToken, {
      city: 'Lahore',
    });
    shared.staffFirms = { chenab, ravi, jhelum, soan };

    const { page, context, problems } = await newPage(browser, baseUrl);
    track(page);
    await signInWithToken(page, (await staffLogin(baseUrl)).refreshToken, '/');
    // Staff see the workspace in the header; the workspace opens on the queue.
    await page.getByRole('link', { name: T.nav.staff }).first().click();
    await page.waitForURL('**/staff/verification');
    await page.getByRole('heading', { level: 1, name: T.verification.title }).waitFor();

    // 1. The changed firm: city Faisalabad → Lahore, verified with a note.
    await page.getByTestId('queue-country').selectOption('PK');
    await page.getByTestId('queue-sector').selectOption('textiles');
    const item = await findQueueItem(page, chenab.company.id);
    const cityRow = item.locator('[data-field="city"]');
    await cityRow.waitFor();
    assert.match(await cityRow.locator('del').innerText(), /Faisalabad/);
    assert.match(await cityRow.locator('ins').innerText(), /Lahore/);
    await item.getByTestId('verify-one').click();
    await page.getByTestId('decision-note').fill('Address checked with the Lahore chamber.');
    await page.getByTestId('decision-submit').click();
    await item.waitFor({ state: 'detached' });
    const verified = await api(baseUrl, 'GET', `/api/companies/${chenab.company.id}`, token);
    assert.equal(verified.verification, 'verified');
    assert.equal(verified.verificationNote, 'Address checked with the Lahore chamber.');

    // 2. Two new firms rejected together; a note is required.
    for (const other of [ravi, jhelum]) {
      const card = await findQueueItem(page, other.company.id);
      await card.getByTestId('queue-select').check();
    }
    await page.getByTestId('selected-count').getByText('2 firms selected').waitFor();
    await page.getByTestId('bulk-reject').click();
    await page.getByTestId('decision-submit').click();
    await page.getByText(T.verification.noteRequired).waitFor();
    await page
      .getByTestId('decision-note')
      .fill('Registration number does not match the NTN list.');
    await page.getByTestId('decision-submit').click();
    await eventually(
      () => page.locator(`[data-company-id="${ravi.company.id}"]`).count(),
      (count) => assert.equal(count, 0),
      { message: 'rejected firms leave the queue' },
    );
    for (const other of [ravi, jhelum]) {
      const company = await api(baseUrl, 'GET', `/api/companies/${other.company.id}`, token);
      assert.equal(company.verification, 'rejected');
    }
    log('  verification: changed firm verified, two rejected in bulk');

    // 3. A delegation, created through the form.
    await page.getByRole('link', { name: T.staff.nav.delegations }).click();
    await page.getByTestId('new-delegation').click();
    await page.getByTestId('delegation-title').fill('Denim makers to Baku, e2e');
    await page.getByLabel(T.delegations.directions.PK_TO_AZ).check();
    await page.getByTestId('delegation-host-city').fill('Baku');
    await page.getByTestId('delegation-starts').fill(inDays(40));
    await page.getByTestId('delegation-ends').fill(inDays(44));
    await page.getByLabel(T.taxonomy.sector.textiles).check();
    await page.getByTestId('delegation-capacity').fill('2');
    await page.getByTestId('delegation-submit').click();
    await page.waitForURL(/\/staff\/delegations\/[0-9a-f-]{36}$/);
    const delegationId = page.url().split('/').pop();
    shared.delegationId = delegationId;
    await page.getByRole('heading', { level: 1, name: 'Denim makers to Baku, e2e' }).waitFor();
    await page.getByTestId('capacity').getByText('0 of 2 seats taken').waitFor();

    // Ranked suggestions with fit and reasons; invite the verified denim firm.
    const candidates = page.getByTestId('candidate');
    await candidates.first().waitFor();
    const fits = (await page.getByTestId('candidate-fit').allInnerTexts()).map((text) =>
      Number(text.replace(/\D/g, '')),
    );
    assert.deepEqual(
      fits,
      [...fits].sort((a, b) => b - a),
      'candidates are ranked by fit',
    );
    let candidate = page.locator(
      `[data-testid="candidate"][data-company-id="${chenab.company.id}"]`,
    );
    if ((await candidate.count()) === 0) {
      await page.getByTestId('candidates').getByRole('button', { name: T.action.loadMore }).click();
    }
    candidate = page.locator(`[data-testid="candidate"][data-company-id="${chenab.company.id}"]`);
    await candidate.getByText(/Works in/).waitFor();
    await candidate.getByTestId('invite').click();
    const chenabRow = page.locator(
      `[data-testid="member-row"][data-company-id="${chenab.company.id}"]`,
    );
    await chenabRow
      .getByTestId('member-status')
      .getByText(T.delegations.statuses.invited)
      .waitFor();
    await page.getByTestId('capacity').getByText('1 of 2 seats taken').waitFor();

    // Another firm applies from its own page; staff accept it.
    const soanPage = await newPage(browser, baseUrl);
    track(soanPage.page);
    await signInWithToken(soanPage.page, soan.refreshToken, '/delegations');
    const soanCard = soanPage.page.locator(`[data-delegation-id="${delegationId}"]`);
    await soanCard.getByTestId('apply').click();
    await soanPage.page
      .locator(`[data-delegation-id="${delegationId}"][data-status="applied"]`)
      .waitFor();
    await soanPage.context.close();

    await page.reload();
    const soanRow = page.locator(
      `[data-testid="member-row"][data-company-id="${soan.company.id}"]`,
    );
    await soanRow.getByTestId('member-status').getByText(T.delegations.statuses.applied).waitFor();
    await soanRow.getByTestId('member-status-select').selectOption('accepted');
    await soanRow.getByTestId('member-status').getByText(T.delegations.statuses.accepted).waitFor();
    await page.getByTestId('capacity').getByText('2 of 2 seats taken').waitFor();

    // The invited firm confirms on its own page.
    const member = await newPage(browser, baseUrl);
    track(member.page);
    await signInWithToken(member.page, (await login(baseUrl, chenab.email)).refreshToken, '/');
    await member.page.getByRole('link', { name: T.nav.delegations }).first().click();
    const card = member.page.locator(`[data-delegation-id="${delegationId}"]`);
    await card.getByText(T.delegations.myStatusHint.invited).waitFor();
    await card.getByTestId('confirm').click();
    await member.page
      .locator(`[data-delegation-id="${delegationId}"][data-status="confirmed"]`)
      .waitFor();
    assert.equal(await member.page.getByRole('link', { name: T.nav.staff }).count(), 0);
    assert.deepEqual(member.problems, []);
    await member.context.close();

    await page.reload();
    await chenabRow
      .getByTestId('member-status')
      .getByText(T.delegations.statuses.confirmed)
      .waitFor();
    log('  delegation: created, invited, applied, accepted, confirmed');

    // 4. Exports: the CSV names the firm; the PDF is a PDF.
    const csv = await download(page, () => page.getByTestId('export-csv').click());
    assert.match(csv.name, /\.csv$/);
    assert.match(csv.bytes.toString('utf8'), /Chenab Denim Works/);
    const pdf = await download(page, () => page.getByTestId('export-pdf').click());
    assert.match(pdf.name, /\.pdf$/);
    assert.equal(pdf.bytes.subarray(0, 4).toString('latin1'), '%PDF');
    log(`  exports: CSV ${csv.bytes.length} B, PDF ${pdf.bytes.length} B`);

    assert.deepEqual(problems, []);
    await context.close();
  },
};
