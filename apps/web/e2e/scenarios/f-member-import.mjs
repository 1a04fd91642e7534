/* global document */
// (f) Member import: the template downloads; a dry run of a CSV reports, row by row, what would
// be created, what matches a firm already here (name + city) and what is invalid and why; the
// real import shows a live progress bar from the status endpoint and ends with the report.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { newPage, signInWithToken, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { download, staffLogin } from '../lib/staff.mjs';

const T = texts('en');
const NEW_ROWS = 8000;

function memberList(existing) {
  const lines = ['Name,Country,City,Sectors,Partnership types,Size band,Languages,Description'];
  for (let index = 0; index < NEW_ROWS; index += 1) {
    lines.push(
      `Punjab Agro Member ${index},PK,Multan,agriculture; food,export,small,en; ur,Imported member ${index}`,
    );
  }
  lines.push(`${existing.name},PK,${existing.city},textiles,export,medium,en,Already here`);
  lines.push('Orbital Widgets Ltd,PK,Karachi,spaceships,export,small,en,Unknown sector');
  return `${lines.join('\r\n')}\r\n`;
}

export const memberImport = {
  id: 'f',
  name: '(f) staff: member import — template, dry run row by row, import with live progress',
  async run({ browser, baseUrl, track, shared, log }) {
    const existing = { name: 'Chenab Denim Works', city: 'Lahore' };
    assert.ok(shared.staffFirms, 'needs the firms of (e)');
    const folder = mkdtempSync(join(tmpdir(), 'jcc-import-'));
    const file = join(folder, 'chamber-members.csv');
    writeFileSync(file, memberList(existing));

    const { page, context, problems } = await newPage(browser, baseUrl);
    track(page);
    await signInWithToken(page, (await staffLogin(baseUrl)).refreshToken, '/staff/imports');
    await page.getByRole('heading', { level: 1, name: T.imports.title }).waitFor();

    const template = await download(page, () => page.getByTestId('download-template').click());
    assert.match(template.bytes.toString('utf8').split('\n')[0], /name,country,city,sectors/);

    // Dry run: nothing written, every row accounted for.
    await page.locator('input[type="file"]').setInputFiles(file);
    await page.getByTestId('dry-run').click();
    await page
      .getByTestId('import-phase')
      .getByText(T.imports.checked)
      .waitFor({ timeout: 60_000 });
    assert.equal(await page.getByTestId('import-created').innerText(), '8,000');
    assert.equal(await page.getByTestId('import-matched').innerText(), '1');
    assert.equal(await page.getByTestId('import-failed').innerText(), '1');
    // The invalid row first, with why.
    const failedRow = page.locator(
      '[data-testid="import-rows"][data-outcome="failed"] [data-testid="import-row"]',
    );
    await failedRow.first().waitFor();
    assert.equal(await failedRow.count(), 1);
    assert.equal(await failedRow.getAttribute('data-row'), String(NEW_ROWS + 3));
    // The column by its name in the user's language, not its key (issue 16, finding 8).
    assert.match(
      await failedRow.innerText(),
      new RegExp(`Orbital Widgets Ltd[\\s\\S]*${T.profile.sectors}[\\s\\S]*spaceships`),
    );
    await page
      .getByTestId('import-outcome')
      .getByText(/^Matched/)
      .click();
    const matchedRow = page.locator(
      '[data-testid="import-rows"][data-outcome="matched"] [data-testid="import-row"]',
    );
    await matchedRow.first().waitFor();
    assert.match(
      await matchedRow.innerText(),
      new RegExp(`${existing.name}[\\s\\S]*${T.imports.matchedByNameCity.replace(/[()]/g, '.')}`),
    );
    await page
      .getByTestId('import-outcome')
      .getByText(/^Created/)
      .click();
    await page
      .locator('[data-testid="import-rows"][data-outcome="created"] [data-testid="import-row"]')
      .first()
      .waitFor();

    // The real import, watched through the progress bar.
    const started = Date.now();
    await page.getByTestId('import-now').click();
    const seen = new Set();
    await eventually(
      async () => {
        const value = await page.evaluate(() => {
          const bar = document.querySelector('[data-testid="import-progress"]');
          const block = document.querySelector('[data-testid="import-job"]');
          return {
            mode: block?.getAttribute('data-mode'),
            value: Number(bar?.getAttribute('aria-valuenow') ?? -1),
            phase: document.querySelector('[data-testid="import-phase"]')?.textContent ?? '',
          };
        });
        if (value.mode === 'import') {
          seen.add(value.value);
        }
        return value;
      },
      (value) => {
        assert.equal(value.mode, 'import');
        assert.equal(value.phase, T.imports.imported);
      },
      { timeout: 90_000, message: 'the import finishes' },
    );
    const values = [...seen].sort((a, b) => a - b);
    log(
      `  import of ${NEW_ROWS + 2} rows in ${((Date.now() - started) / 1000).toFixed(1)} s; bar at ${values.join(', ')}`,
    );
    assert.equal(values[values.length - 1], 100);
    assert.ok(
      values.some((value) => value > 0 && value < 100),
      `the bar moves while the import runs (saw ${values.join(', ')})`,
    );
    assert.equal(await page.getByTestId('import-created').innerText(), '8,000');
    assert.equal(await page.getByTestId('import-matched').innerText(), '1');
    assert.equal(await page.getByTestId('import-failed').innerText(), '1');
    await page.getByTestId('import-rows-done').getByText('8,002 of 8,002 rows').waitFor();
    await page.getByTestId('import-history').getByText('chamber-members.csv').first().waitFor();

    assert.deepEqual(problems, []);
    await context.close();
  },
};
