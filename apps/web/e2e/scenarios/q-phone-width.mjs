/* global document, getComputedStyle, innerWidth */
// (q) Issue 16, finding 9 for the whole product: at phone width (390 px) no page a member or
// chamber staff opens scrolls sideways, no table hides columns in a sideways-scrolling box, and
// every cell (statuses and actions included) is on screen — in English and in Urdu (right to
// left), with data on each page; axe on each page.
import {
  axeProblems,
  createFirm,
  login,
  newPage,
  screenshot,
  settle,
  storeRefreshToken,
} from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';
import { api, createAdmin, verifyFirm } from '../lib/staff.mjs';

const PHONE = { width: 390, height: 844 };
const ADMIN_PASSWORD = 'e2e-admin-password-2026';
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** What sticks out of a 390 px screen: the page's own width, scrolling boxes, cells off-screen. */
function measure() {
  const width = innerWidth;
  const name = (node) =>
    node.getAttribute('data-testid') ??
    `${node.tagName.toLowerCase()}.${String(node.className).split(' ')[0]}`;
  const shown = (node) => {
    const rect = node.getBoundingClientRect();
    return rect.width > 1 && rect.height > 1 && !node.closest('.mantine-VisuallyHidden-root');
  };
  const scrollers = [...document.querySelectorAll('main *')]
    .filter((node) => {
      const style = getComputedStyle(node);
      return (
        ['auto', 'scroll'].includes(style.overflowX) &&
        node.scrollWidth > node.clientWidth + 1 &&
        shown(node) &&
        !['TEXTAREA', 'INPUT', 'SELECT'].includes(node.tagName)
      );
    })
    .map((node) => `${name(node)} scrolls ${node.scrollWidth} > ${node.clientWidth}`);
  const cells = [...document.querySelectorAll('main table tbody td, main table tbody th')]
    .filter(shown)
    .filter((cell) => {
      const rect = cell.getBoundingClientRect();
      return rect.left < -1 || rect.right > width + 1;
    })
    .map((cell) => {
      const rect = cell.getBoundingClientRect();
      const table = cell.closest('table');
      return `${table ? name(table) : 'table'} cell "${cell.innerText.slice(0, 30)}" at ${Math.round(rect.left)}–${Math.round(rect.right)}`;
    });
  return {
    page: document.scrollingElement.scrollWidth,
    width,
    problems: [...scrollers, ...new Set(cells)].slice(0, 8),
  };
}

async function check(page, path, { language, ready, problems, photo }) {
  await page.goto(path);
  if (ready) {
    await page.getByTestId(ready).first().waitFor();
  }
  await settle(page);
  const seen = await page.evaluate(measure);
  if (seen.page > seen.width) {
    problems.push(
      `${language} ${path}: the page is ${seen.page} px wide on a ${seen.width} px screen`,
    );
  }
  problems.push(...seen.problems.map((line) => `${language} ${path}: ${line}`));
  // A text key instead of words (the audit log's later actions had no names).
  const raw = (await page.locator('main').innerText()).match(/\baudit\.actions\.[a-z_]+/);
  if (raw) {
    problems.push(`${language} ${path}: untranslated ${raw[0]}`);
  }
  if (photo) {
    // For a reviewer: the pages whose tables became cards (test-artifacts/web/screenshots).
    await screenshot(page, `q-${language}-${photo}`);
  }
  for (const violation of await axeProblems(page)) {
    problems.push(`${language} ${path}: axe ${violation}`);
  }
}

/** Signed in on a 390 px screen, in `language` (set on the account, as a user would). */
async function phoneSession(browser, baseUrl, email, password, language) {
  const auth = await login(baseUrl, email, password);
  await api(baseUrl, 'PATCH', '/api/auth/me', auth.accessToken, { locale: language });
  const fresh = await login(baseUrl, email, password);
  const session = await newPage(browser, baseUrl, { locale: language, ...PHONE });
  await storeRefreshToken(session.page, fresh.refreshToken);
  await session.page.goto('/');
  await session.page.getByTestId('sign-out').waitFor({ state: 'attached' });
  return session;
}

export const phoneWidth = {
  id: 'q',
  name: '(q) phone width: no page or table scrolls sideways for members and staff (en, ur)',
  async run({ browser, baseUrl, databaseUrl, track, log }) {
    const admin = await createAdmin(baseUrl, databaseUrl);
    const staff = admin.accessToken;
    const adminEmail =
      admin.user?.email ?? (await api(baseUrl, 'GET', '/api/auth/me', staff)).email;
    const [pk, azFirm, asker, changed] = await Promise.all([
      createFirm(baseUrl, {
        country: 'PK',
        name: 'Sialkot Instruments & Surgical Supplies (Private) Limited',
        sectors: ['surgical_instruments', 'textiles'],
        offersHs: ['90'],
        seeksHs: ['39'],
      }),
      createFirm(baseUrl, {
        country: 'AZ',
        name: 'Gəncə Tibbi Avadanlıq və Təchizat MMC',
        locale: 'az',
        sectors: ['surgical_instruments'],
        offersHs: ['39'],
        seeksHs: ['90'],
      }),
      createFirm(baseUrl, {
        country: 'AZ',
        name: 'Sumqayıt Kimya Sənaye Birliyi',
        sectors: ['chemicals'],
        offersHs: ['39'],
        seeksHs: ['90'],
      }),
      createFirm(baseUrl, {
        country: 'PK',
        name: 'Multan Leather Tannery International',
        sectors: ['leather'],
        offersHs: ['41'],
        seeksHs: ['32'],
      }),
    ]);
    for (const firm of [pk, azFirm, asker]) {
      await verifyFirm(baseUrl, firm.company.id);
    }
    // Verified once, then the firm moves: it is back in the queue with what changed.
    await api(baseUrl, 'POST', `/api/companies/${changed.company.id}/verification`, staff, {
      status: 'verified',
    });
    await api(baseUrl, 'PATCH', `/api/companies/${changed.company.id}`, changed.accessToken, {
      city: 'Multan Cantonment',
      description: 'Chrome-tanned and vegetable-tanned cow and goat leather for Baku workshops.',
    });
    // A conversation and an agreement between pk and azFirm; a request waiting for pk's answer.
    const request = await api(baseUrl, 'POST', '/api/contact-requests', pk.accessToken, {
      toCompanyId: azFirm.company.id,
      message: 'We make forceps and scissors and seek PVC tubing for our kits.',
    });
    const { conversation } = await api(
      baseUrl,
      'POST',
      `/api/contact-requests/${request.id}/accept`,
      azFirm.accessToken,
    );
    await api(baseUrl, 'POST', '/api/contact-requests', asker.accessToken, {
      toCompanyId: pk.company.id,
      message: 'Chemicals for sterilisation, interested?',
    });
    const agreement = await api(baseUrl, 'POST', '/api/agreements', staff, {
      title: 'Surgical kits for Gəncə hospitals, first two years',
      kind: 'agreement',
      sectors: ['surgical_instruments'],
      signedOn: inDays(-3),
      source: { kind: 'conversation', refId: conversation.id },
      parties: [{ companyId: pk.company.id }, { companyId: azFirm.company.id }],
      commitments: [
        { title: 'First shipment of 500 kits', ownerParty: 0, dueOn: inDays(30) },
        { title: 'Hospital trial report', ownerParty: 1, dueOn: inDays(90) },
      ],
    });
    // An opportunity waiting for staff's review; a delegation with pk on it and a programme.
    const opportunity = await api(baseUrl, 'POST', '/api/opportunities', pk.accessToken, {
      kind: 'business_offer',
      title: 'Sterile surgical instrument kits for Caspian hospitals',
      summary: 'CE-marked kits, 2,000 a month, private label possible, shipped via Karachi.',
      sectors: ['surgical_instruments'],
      hsChapters: ['90'],
      deadline: inDays(30),
    });
    await api(baseUrl, 'POST', `/api/opportunities/${opportunity.id}/submit`, pk.accessToken);
    const startsOn = inDays(40);
    const delegation = await api(baseUrl, 'POST', '/api/delegations', staff, {
      title: 'Surgical instruments and medical textiles to Baku and Gəncə',
      direction: 'PK_TO_AZ',
      hostCity: 'Baku',
      startsOn,
      endsOn: inDays(42),
      sectors: ['surgical_instruments', 'textiles'],
      capacity: 12,
    });
    await api(baseUrl, 'POST', `/api/delegations/${delegation.id}/members`, staff, {
      companyId: pk.company.id,
    });
    await api(baseUrl, 'PUT', `/api/delegations/${delegation.id}/programme`, staff, {
      venue: 'Baku Expo Centre',
      venueMaxTables: 4,
      slotMinutes: 30,
      breakMinutes: 0,
      tables: ['A1', 'A2'],
      sessions: [{ startsAt: `${startsOn}T09:00:00+04:00`, endsAt: `${startsOn}T11:00:00+04:00` }],
      quotaPerFirm: 5,
    });

    const memberPages = [
      ['/dashboard'],
      ['/contacts', 'contact-request'],
      ['/messages'],
      [`/messages/${conversation.id}`, 'thread'],
      ['/agreements'],
      [`/agreements/${agreement.id}`],
      ['/opportunities'],
      ['/opportunities/mine'],
      ['/delegations'],
      ['/meetings'],
      ['/team'],
      ['/profile'],
      [`/companies/${azFirm.company.id}`],
      ['/directory'],
    ];
    const staffPages = [
      // Filtered to the changed firm's country and sector: the seeded demo queue is long.
      ['/staff/verification?country=PK&sector=leather', 'change-list', 'verification'],
      ['/staff/imports'],
      ['/staff/delegations', 'delegation-row', 'delegations'],
      [`/staff/delegations/${delegation.id}`, 'member-row', 'delegation-members'],
      [`/staff/delegations/${delegation.id}/meetings`],
      ['/staff/claims'],
      ['/staff/stats'],
      ['/staff/opportunities'],
      ['/staff/agreements'],
      ['/staff/audit', 'audit-row', 'audit'],
    ];

    const problems = [];
    for (const language of ['en', 'ur']) {
      const member = await phoneSession(browser, baseUrl, pk.email, undefined, language);
      track(member.page);
      for (const [path, ready] of memberPages) {
        await check(member.page, path, { language, ready, problems });
      }
      const chamber = await phoneSession(browser, baseUrl, adminEmail, ADMIN_PASSWORD, language);
      track(chamber.page);
      for (const [path, ready, photo] of staffPages) {
        await check(chamber.page, path, { language, ready, problems, photo });
      }
      assert.deepEqual(problems, [], problems.join('\n'));
      // The changed firm's before/after is on screen, its status select on the members card.
      await chamber.page.goto('/staff/verification?country=PK&sector=leather');
      const item = chamber.page.locator(
        `[data-testid="queue-item"][data-company-id="${changed.company.id}"]`,
      );
      await item.locator('[data-field="city"] ins').waitFor();
      assert.ok(await item.locator('[data-field="city"] ins').isVisible());
      await chamber.page.goto(`/staff/delegations/${delegation.id}`);
      await chamber.page.getByTestId('member-status-select').first().waitFor();
      const select = await chamber.page.getByTestId('member-status-select').first().boundingBox();
      assert.ok(
        select && select.x >= 0 && select.x + select.width <= PHONE.width,
        'status on screen',
      );
      const pageProblems = [...member.problems, ...chamber.problems];
      assert.deepEqual(pageProblems, [], pageProblems.join('\n'));
      await member.context.close();
      await chamber.context.close();
      log(`phone width: ${language} checked`);
    }
    // The admin goes back to English for whatever runs next.
    await api(baseUrl, 'PATCH', '/api/auth/me', staff, { locale: 'en' });
    assert.deepEqual(problems, [], problems.join('\n'));
  },
};
