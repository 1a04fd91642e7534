/* global document */
// (l) and (m) B2B meetings at a visit, in English and in Urdu: a Baku host firm sees the
// Pakistani delegation coming, registers, asks a visiting firm for a meeting with a note and a
// priority; the visitor accepts; staff run the schedule in the hall grid and publish; the host's
// agenda shows the meeting on both clocks (PKT and AZT) and downloads as PDF. axe must pass on
// the firm's pages; in Urdu the page is right-to-left.
import {
  axeProblems,
  createFirm,
  login,
  newPage,
  settle,
  signInWithToken,
} from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';
import { api, download, staffLogin, verifyFirm } from '../lib/staff.mjs';

const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

function meetingsScenario(id, language) {
  return {
    id,
    name: `(${id}) meetings in ${language}: register, request → accept → schedule → publish → agenda`,
    async run({ browser, baseUrl, track }) {
      const staff = await staffLogin(baseUrl);
      const token = staff.accessToken;
      const visitor = await createFirm(baseUrl, {
        country: 'PK',
        name: language === 'ur' ? 'فیصل آباد ٹیکسٹائل' : 'Faisalabad Looms',
        sectors: ['textiles'],
        offersHs: ['52'],
        seeksHs: ['84'],
      });
      const host = await createFirm(baseUrl, {
        country: 'AZ',
        name: language === 'ur' ? 'Gəncə Pambıq MMC' : 'Şəki İpək MMC',
        locale: language,
        sectors: ['textiles'],
        offersHs: ['84'],
        seeksHs: ['52'],
      });
      await verifyFirm(baseUrl, visitor.company.id);
      await verifyFirm(baseUrl, host.company.id);
      const startsOn = inDays(40);
      const delegation = await api(baseUrl, 'POST', '/api/delegations', token, {
        title: `Textiles to Baku (${language})`,
        direction: 'PK_TO_AZ',
        hostCity: 'Baku',
        startsOn,
        endsOn: inDays(41),
        sectors: ['textiles'],
        capacity: 10,
      });
      await api(baseUrl, 'POST', `/api/delegations/${delegation.id}/members`, token, {
        companyId: visitor.company.id,
      });
      await api(baseUrl, 'PUT', `/api/delegations/${delegation.id}/programme`, token, {
        venue: 'Baku Expo Centre',
        venueMaxTables: 4,
        slotMinutes: 30,
        breakMinutes: 0,
        tables: ['A1', 'A2'],
        sessions: [
          { startsAt: `${startsOn}T09:00:00+04:00`, endsAt: `${startsOn}T11:00:00+04:00` },
        ],
        requestDeadline: `${inDays(30)}T18:00:00+04:00`,
        quotaPerFirm: 5,
      });

      // The host firm, in its language, on a phone-width screen.
      const { page, problems } = await newPage(browser, baseUrl, {
        locale: language === 'ur' ? 'ur-PK' : 'en-US',
        width: 390,
        height: 844,
      });
      track(page);
      await signInWithToken(page, (await login(baseUrl, host.email)).refreshToken, '/meetings');
      const card = page
        .getByTestId('incoming-visit')
        .filter({ hasText: `Textiles to Baku (${language})` });
      await card.waitFor();
      assert.match(await card.getByTestId('incoming-members').innerText(), /Faisalabad|فیصل/);
      await card.getByTestId('register-host').click();
      await card.getByTestId('open-visit').click();
      await page.getByTestId('request-target').selectOption(visitor.company.id);
      await page.getByTestId('request-note').fill('Ring-spun cotton yarn');
      await page.getByTestId('send-request').click();
      await page.locator('[data-testid="meeting-request"][data-status="pending"]').waitFor();
      if (language === 'ur') {
        const dir = await page.evaluate(() => document.documentElement.dir);
        assert.equal(dir, 'rtl');
      }
      await settle(page);
      (await axeProblems(page)).forEach((line) => problems.push(`visit [${language}]: ${line}`));

      // The visitor accepts (API); the host's page hears of it over the socket, no reload.
      const [request] = await api(
        baseUrl,
        'GET',
        `/api/delegations/${delegation.id}/meeting-requests`,
        visitor.accessToken,
      );
      await api(
        baseUrl,
        'PATCH',
        `/api/delegations/${delegation.id}/meeting-requests/${request.id}`,
        visitor.accessToken,
        { decision: 'accept' },
      );
      await page.locator('[data-testid="meeting-request"][data-status="accepted"]').waitFor();

      // Staff schedule and publish from the hall page.
      const staffPage = (await newPage(browser, baseUrl)).page;
      track(staffPage);
      await signInWithToken(
        staffPage,
        (await staffLogin(baseUrl)).refreshToken,
        `/staff/delegations/${delegation.id}/meetings`,
      );
      await staffPage.getByTestId('tab-schedule').click();
      await staffPage.getByTestId('run-schedule').click();
      await staffPage.getByTestId('run-result').waitFor();
      await staffPage.getByTestId('hall-grid').getByTestId('grid-cell').first().waitFor();
      await staffPage.getByTestId('publish-schedule').click();
      await staffPage.locator('[data-testid="schedule-status"][data-status="published"]').waitFor();

      // The host's agenda: the published event refreshes it; the meeting on both clocks.
      await page.getByTestId('tab-agenda').click();
      const item = page.getByTestId('agenda-item');
      await item.waitFor();
      assert.match(await item.getByTestId('agenda-counterpart').innerText(), /Faisalabad|فیصل/);
      const clock = await item.getByTestId('dual-clock').innerText();
      assert.match(clock, /PKT/);
      assert.match(clock, /AZT/);
      const pdf = await download(page, () => page.getByTestId('download-agenda.pdf').click());
      assert.equal(pdf.bytes.subarray(0, 4).toString('latin1'), '%PDF');
      await settle(page);
      (await axeProblems(page)).forEach((line) => problems.push(`agenda [${language}]: ${line}`));
      assert.deepEqual(problems, []);
    },
  };
}

export const meetingsEnglish = meetingsScenario('l', 'en');
export const meetingsUrdu = meetingsScenario('m', 'ur');
