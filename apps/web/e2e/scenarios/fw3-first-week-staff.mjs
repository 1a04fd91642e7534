/* global document, getComputedStyle, window */
// (fw3) Issue 16, what chamber staff meet in the pilot (findings 8, 9, 12): import problems in
// plain words with the row's values (in English and Urdu), a CSV of rejected rows, the next step
// after an import; delegation members as cards on a phone; statistics whose window ends on the
// day picked, fill rates that include next year's delegations, durations in days and hours.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createFirm, newPage, settle, signInWithToken, texts } from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';
import { api, createAdmin, download, staffLogin, verifyFirm } from '../lib/staff.mjs';

const en = texts('en');
const ur = texts('ur');

const MEMBER_LIST = [
  'name,country,city,sectors,partnershipTypes,sizeBand,languages,contactEmail',
  `Multan Mango Growers ${Date.now()},PK,Multan,agriculture,export,small,en; ur,farm@mango.pk`,
  'Delhi Exports,IN,Delhi,textiles,export,small,en,not-an-email',
].join('\r\n');

const day = (offset) => {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (value) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

export const firstWeekStaff = {
  id: 'fw3',
  name: '(fw3) first week, staff: import problems and rejected rows, phone cards, statistics',
  async run({ browser, baseUrl, databaseUrl, track }) {
    const staff = await staffLogin(baseUrl);
    const folder = mkdtempSync(join(tmpdir(), 'jcc-fw3-'));
    const file = join(folder, 'members.csv');
    writeFileSync(file, MEMBER_LIST);

    // (8) English: the country and e-mail problems quote the cell, in words, with column names.
    const a = await newPage(browser, baseUrl);
    track(a.page);
    await signInWithToken(a.page, staff.refreshToken, '/staff/imports');
    await a.page.getByTestId('allowed-values').getByText(en.firstweek.imports.allowedTitle).click();
    await a.page.getByTestId('allowed-values').getByText('sports_goods').waitFor();
    await a.page.locator('input[type="file"]').setInputFiles(file);
    await a.page.getByTestId('dry-run').click();
    await a.page.getByTestId('import-phase').getByText(en.imports.checked).waitFor();
    const problems = a.page.getByTestId('import-problem');
    await problems.first().waitFor();
    const lines = await problems.allInnerTexts();
    assert.ok(
      lines.some(
        (line) =>
          line.includes(en.profile.country) &&
          line.includes('“IN”') &&
          line.includes(en.firstweek.imports.problem.country),
      ),
      `country problem in words: ${lines.join(' | ')}`,
    );
    assert.ok(
      lines.some(
        (line) =>
          line.includes(en.firstweek.imports.columns.contactEmail) && line.includes('not-an-email'),
      ),
      `e-mail problem names the column: ${lines.join(' | ')}`,
    );
    assert.ok(!lines.join(' ').includes('contactEmail'), 'no field keys');
    assert.ok(!lines.join(' ').includes(en.validation.required), 'not "required" for IN');
    const csv = await download(a.page, () => a.page.getByTestId('rejected-rows-csv').click());
    const text = csv.bytes.toString('utf8');
    assert.match(csv.name, /rejected-rows\.csv$/);
    assert.match(text, /^\uFEFFRow,Firm,Column,Value in the file,Problem/);
    assert.match(text, /3,Delhi Exports,Country,IN,must be PK \(Pakistan\) or AZ \(Azerbaijan\)/);
    // The import itself; afterwards the form says what comes next, not "run a dry run first".
    await a.page.getByTestId('import-now').click();
    await a.page.getByTestId('import-phase').getByText(en.imports.imported).waitFor();
    await a.page
      .getByTestId('import-next-step')
      .getByText(en.firstweek.imports.importedNext)
      .waitFor();
    assert.equal(await a.page.getByText(en.imports.dryRunFirst).count(), 0);

    // (12) Statistics: "to" is the day picked; next March's delegation is in the fill rates;
    // the median time to verification reads in days and hours.
    const year = new Date().getFullYear() + 1;
    const delegation = await api(baseUrl, 'POST', '/api/delegations', staff.accessToken, {
      title: `Spring fair in Baku ${year}`,
      direction: 'PK_TO_AZ',
      hostCity: 'Baku',
      startsOn: `${year}-03-10`,
      endsOn: `${year}-03-14`,
      sectors: ['textiles'],
      capacity: 4,
    });
    const from = day(-30);
    const to = day(0);
    await a.page.goto(`/staff/stats?from=${from}&to=${to}`);
    const status = a.page.getByTestId('stats').getByRole('status').first();
    await status.waitFor();
    const shown = await status.innerText();
    const expectedTo = await a.page.evaluate(
      (value) =>
        new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(`${value}T12:00`)),
      to,
    );
    assert.ok(shown.endsWith(expectedTo), `the window ends on the day picked: ${shown}`);
    await a.page
      .getByTestId('chart-fill')
      .getByText(`Spring fair in Baku ${year}`)
      .first()
      .waitFor({ state: 'attached' });
    const median = await a.page.getByTestId('chart-funnel').locator('p').first().innerText();
    assert.ok(!/\d\.\d h/.test(median), `no fractional hours: ${median}`);
    await a.context.close();

    // (9) A phone: the delegation's members are cards; nothing scrolls sideways; the status is
    // on screen. (Urdu, right to left, and the import problems in Urdu.)
    const firm = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Lahore Leather Crafts',
      sectors: ['leather'],
      offersHs: ['42'],
      seeksHs: [],
    });
    await verifyFirm(baseUrl, firm.company.id);
    await api(baseUrl, 'POST', `/api/delegations/${delegation.id}/members`, staff.accessToken, {
      companyId: firm.company.id,
    });
    // An admin of the chamber who works in Urdu (the account's language).
    const admin = await createAdmin(baseUrl, databaseUrl);
    await api(baseUrl, 'PATCH', '/api/auth/me', admin.accessToken, { locale: 'ur' });
    const phone = await newPage(browser, baseUrl, { locale: 'ur-PK', width: 390, height: 844 });
    track(phone.page);
    await signInWithToken(phone.page, admin.refreshToken, `/staff/delegations/${delegation.id}`);
    const row = phone.page.getByTestId('member-row').first();
    await row.waitFor();
    await settle(phone.page);
    const layout = await phone.page.evaluate(() => {
      const member = document.querySelector('[data-testid="member-row"]');
      const select = member.querySelector('[data-testid="member-status-select"]');
      const box = select.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        display: getComputedStyle(member).display,
        selectLeft: box.left,
        selectRight: box.right,
        width: window.innerWidth,
      };
    });
    assert.ok(layout.overflow <= 1, `no sideways scroll (${layout.overflow} px)`);
    assert.equal(layout.display, 'block', 'a member is a card on a phone');
    assert.ok(
      layout.selectLeft >= 0 && layout.selectRight <= layout.width,
      `the status control is on screen: ${JSON.stringify(layout)}`,
    );
    await phone.page.goto('/staff/imports');
    await phone.page.locator('input[type="file"]').setInputFiles(file);
    await phone.page.getByTestId('dry-run').click();
    await phone.page.getByTestId('import-phase').getByText(ur.imports.checked).waitFor();
    await phone.page.getByTestId('import-problem').first().waitFor();
    const urdu = (await phone.page.getByTestId('import-problem').allInnerTexts()).join(' | ');
    assert.ok(urdu.includes(ur.firstweek.imports.problem.country), `Urdu problems: ${urdu}`);
    assert.ok(urdu.includes(ur.profile.country));
    assert.deepEqual([...phone.problems], [], phone.problems.join('\n'));
    await phone.context.close();
  },
};
