/* global localStorage */
// (fw9) The screenshot gallery of issue 16: every page a member, a visitor and chamber staff see,
// in English, Azerbaijani, Urdu and Russian, at desktop (1280 px) and phone (390 px) width, into
// test-artifacts/web/gallery with an index.html to flip through. Runs last: it only looks.
import { join } from 'node:path';

import {
  axeProblems,
  createFirm,
  login,
  newPage,
  settle,
  storeRefreshToken,
} from '../lib/browser.mjs';
import { assert } from '../lib/expect.mjs';
import { GALLERY, resetGallery, writeGalleryIndex } from '../lib/gallery.mjs';
import { api, DEMO_STAFF, verifyFirm } from '../lib/staff.mjs';

const LANGUAGES = ['en', 'az', 'ur', 'ru'];
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 860 },
  { name: 'phone', width: 390, height: 844 },
];

/** Opens `path`, checks it with axe (any violation counts) and photographs the whole page. */
async function shoot(page, shots, { name, path, language, width }) {
  await page.goto(path);
  await settle(page);
  // axe on every page in English and Urdu (left to right and right to left): the other two
  // languages share their layouts, and axe doubles the time of a picture.
  const problems = ['en', 'ur'].includes(language) ? await axeProblems(page) : [];
  for (const problem of problems) {
    shots.violations.push(`${language} ${width} ${name}: ${problem}`);
  }
  const file = `${language}-${width}-${name}.png`;
  await page.screenshot({ path: join(GALLERY, file), fullPage: true });
  shots.push({ file, page: name, language, width });
}

/** A context signed in as `email`, in `language` (set on the account, as a user would). */
async function signedIn(browser, baseUrl, email, password, language, size) {
  const auth = await login(baseUrl, email, password);
  await api(baseUrl, 'PATCH', '/api/auth/me', auth.accessToken, { locale: language });
  const fresh = await login(baseUrl, email, password);
  const session = await newPage(browser, baseUrl, { locale: language, ...size });
  await storeRefreshToken(session.page, fresh.refreshToken);
  return session;
}

export const gallery = {
  id: 'fw9',
  name: '(fw9) screenshot gallery: every page, four languages, desktop and phone',
  async run({ browser, baseUrl, track, log }) {
    resetGallery();
    const pk = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Gallery Towels (Pvt) Ltd',
      sectors: ['textiles'],
      offersHs: ['63'],
      seeksHs: ['52'],
    });
    const azFirm = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Qalereya Pambıq MMC',
      locale: 'az',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: ['63'],
    });
    await verifyFirm(baseUrl, pk.company.id);
    await verifyFirm(baseUrl, azFirm.company.id);
    const request = await api(baseUrl, 'POST', '/api/contact-requests', pk.accessToken, {
      toCompanyId: azFirm.company.id,
      message: 'Salam! We make terry towels and look for your cotton yarn.',
    });
    const { conversation } = await api(
      baseUrl,
      'POST',
      `/api/contact-requests/${request.id}/accept`,
      azFirm.accessToken,
    );
    const staffDelegations = await api(
      baseUrl,
      'GET',
      '/api/delegations?limit=1',
      (await login(baseUrl, DEMO_STAFF.email, DEMO_STAFF.password)).accessToken,
    );
    const delegationId = staffDelegations.items?.[0]?.id;

    const publicPages = [
      ['landing', '/'],
      ['sign-in', '/sign-in'],
      ['sign-up', '/sign-up'],
      ['directory', '/directory'],
    ];
    const memberPages = [
      ['matches', '/dashboard'],
      ['company', `/companies/${azFirm.company.id}`],
      ['contacts', '/contacts'],
      ['messages', '/messages'],
      ['conversation', `/messages/${conversation.id}`],
      ['delegations', '/delegations'],
      ['profile', '/profile'],
    ];
    const staffPages = [
      ['staff-verification', '/staff/verification'],
      ['staff-imports', '/staff/imports'],
      ['staff-delegations', '/staff/delegations'],
      ...(delegationId ? [['staff-delegation', `/staff/delegations/${delegationId}`]] : []),
      ['staff-stats', '/staff/stats'],
    ];

    const shots = [];
    shots.violations = [];
    for (const language of LANGUAGES) {
      for (const size of WIDTHS) {
        const visitor = await newPage(browser, baseUrl, { locale: language, ...size });
        track(visitor.page);
        await visitor.page.goto('/');
        await visitor.page.evaluate((value) => localStorage.setItem('jcc.locale', value), language);
        for (const [name, path] of publicPages) {
          await shoot(visitor.page, shots, { name, path, language, width: size.name });
        }
        await visitor.context.close();

        const member = await signedIn(browser, baseUrl, pk.email, undefined, language, size);
        track(member.page);
        for (const [name, path] of memberPages) {
          await shoot(member.page, shots, { name, path, language, width: size.name });
        }
        await member.context.close();

        const staff = await signedIn(
          browser,
          baseUrl,
          DEMO_STAFF.email,
          DEMO_STAFF.password,
          language,
          size,
        );
        track(staff.page);
        for (const [name, path] of staffPages) {
          await shoot(staff.page, shots, { name, path, language, width: size.name });
        }
        await staff.context.close();
        log(`gallery: ${language} ${size.name} done (${shots.length} pictures)`);
      }
    }
    writeGalleryIndex(shots);
    // The demo staff account goes back to English for whatever runs next.
    const staffAuth = await login(baseUrl, DEMO_STAFF.email, DEMO_STAFF.password);
    await api(baseUrl, 'PATCH', '/api/auth/me', staffAuth.accessToken, { locale: 'en' });
    const perSet = publicPages.length + memberPages.length + staffPages.length;
    assert.equal(shots.length, perSet * LANGUAGES.length * WIDTHS.length);
    log(`gallery: ${join(GALLERY, 'index.html')}`);
    // Every page in every language and width passes axe, minor findings included.
    assert.deepEqual(shots.violations, [], shots.violations.join('\n'));
  },
};
