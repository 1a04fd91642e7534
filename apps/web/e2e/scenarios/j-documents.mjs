/* global Buffer */
// (i) Documents: a verified firm uploads a certificate on its profile (drag-and-drop zone's file
// input, progress, then the card), an executable renamed .pdf is refused with a clear message,
// and an anonymous visitor sees the certificate, with its issuer, on the firm's public page.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
import { verifyFirm } from '../lib/staff.mjs';

const T = texts('en');
const documentTexts = (language) =>
  JSON.parse(readFileSync(join(ROOT, `apps/web/src/locales/${language}/documents.json`), 'utf8'));
const D = documentTexts('en');
const UR = documentTexts('ur');

const PDF = `%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`;

export const documents = {
  id: 'i',
  name: '(j) documents: upload a certificate on the profile, see it on the public page',
  async run({ browser, baseUrl, track }) {
    const firm = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Sialkot Halal Foods',
      sectors: ['food'],
      offersHs: ['02'],
      seeksHs: ['10'],
    });
    await verifyFirm(baseUrl, firm.company.id);
    const folder = mkdtempSync(join(tmpdir(), 'jcc-documents-'));
    const certificate = join(folder, 'Halal certificate 2027.pdf');
    writeFileSync(certificate, PDF);
    const renamed = join(folder, 'invoice.pdf');
    writeFileSync(renamed, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));

    const { page, problems } = await newPage(browser, baseUrl, { width: 390, height: 844 });
    track(page);
    await signInWithToken(page, firm.refreshToken, '/profile');
    await page.getByRole('heading', { level: 2, name: D.publicTitle }).waitFor();

    // A renamed executable: judged by its bytes, refused with the type message.
    const input = page.getByTestId('dropzone-public-input');
    await input.setInputFiles(renamed);
    const error = page.getByTestId('upload-error');
    await error.waitFor();
    assert.equal(await error.innerText(), D.errorType.replace('{{name}}', 'invoice.pdf'));

    // The certificate, with its issuer and expiry.
    await page.getByTestId('issuer-input').fill('Pakistan Halal Authority');
    await page.getByTestId('expires-input').fill('2027-06-30');
    await input.setInputFiles(certificate);
    const card = page
      .getByTestId('company-documents')
      .getByTestId('document-card')
      .filter({ hasText: 'Halal certificate 2027.pdf' });
    await card.waitFor();
    assert.match(await card.innerText(), /Pakistan Halal Authority/);
    assert.equal(
      problems.filter((line) => !/status of (413|415)/.test(line)).length,
      0,
      problems.join('\n'),
    );

    // Anyone: the public page lists it (not the firm's verification papers).
    const visitor = await newPage(browser, baseUrl);
    track(visitor.page);
    await visitor.page.goto(`/companies/${firm.company.id}`);
    const shown = visitor.page.getByTestId('public-documents');
    await shown.getByText('Halal certificate 2027.pdf').waitFor();
    assert.match(await shown.innerText(), /Pakistan Halal Authority/);
    await shown.getByRole('button', { name: D.preview }).click();
    await visitor.page.getByTestId('pdf-preview').waitFor();
    assert.ok(T.company, 'common texts loaded');

    // In Urdu: right to left, the section in Urdu, and still no axe violation.
    const urdu = await newPage(browser, baseUrl, { locale: 'ur-PK', width: 360, height: 740 });
    track(urdu.page);
    await urdu.page.goto(`/companies/${firm.company.id}`);
    await urdu.page.getByRole('heading', { name: UR.companyDocumentsTitle }).waitFor();
    assert.equal(await urdu.page.evaluate(() => globalThis.document.documentElement.dir), 'rtl');
    await settle(urdu.page);
    assert.deepEqual(await axeProblems(urdu.page), [], 'axe on the public page in Urdu');
  },
};
