/* global caches, localStorage, navigator, performance, URL */
// (p) At the event without Wi-Fi: a host firm's member (A) opens the visit's agenda and the
// conversation with the visiting firm (B) once, online. Offline, a reload still shows the app,
// the agenda and the last messages, each marked "offline — shown as of"; a message typed offline
// waits (also across a reload) and, back online, reaches B exactly once. A sign-out leaves no
// offline copy behind, and B signing in on the same browser starts from nothing of A's.
import { randomUUID } from 'node:crypto';

import { createFirm, login, newPage, signInWithToken, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { api, staffLogin, verifyFirm } from '../lib/staff.mjs';

const en = texts('en');
const inDays = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const bodies = (page) => page.getByTestId('thread').getByTestId('message-body').allInnerTexts();
const offlineKeys = (page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('jcc.offline.')));

/** The /assets/ files this page loaded that the service worker has not cached yet. */
const uncachedAssets = (page) =>
  page.evaluate(async () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => new URL(name).pathname.startsWith('/assets/'));
    const missing = [];
    for (const url of urls) {
      if (!(await caches.match(url))) {
        missing.push(url);
      }
    }
    return missing;
  });

/** A host firm A and a visiting firm B in one conversation, with a published meeting. */
async function setUp(baseUrl) {
  const staff = await staffLogin(baseUrl);
  const a = await createFirm(baseUrl, {
    country: 'AZ',
    name: 'Lənkəran Çay MMC',
    sectors: ['food'],
    offersHs: ['09'],
    seeksHs: ['10'],
  });
  const b = await createFirm(baseUrl, {
    country: 'PK',
    name: 'Sialkot Rice Traders',
    sectors: ['food'],
    offersHs: ['10'],
    seeksHs: ['09'],
  });
  await verifyFirm(baseUrl, a.company.id);
  await verifyFirm(baseUrl, b.company.id);

  const request = await api(baseUrl, 'POST', '/api/contact-requests', a.accessToken, {
    toCompanyId: b.company.id,
    message: 'Tea for your rice — shall we meet in Baku?',
  });
  const { conversation } = await api(
    baseUrl,
    'POST',
    `/api/contact-requests/${request.id}/accept`,
    b.accessToken,
  );
  await api(baseUrl, 'POST', `/api/conversations/${conversation.id}/messages`, b.accessToken, {
    clientId: randomUUID(),
    body: 'Yes: table A1 at the expo.',
  });

  const startsOn = inDays(20);
  const delegation = await api(baseUrl, 'POST', '/api/delegations', staff.accessToken, {
    title: 'Rice and tea to Baku (p)',
    direction: 'PK_TO_AZ',
    hostCity: 'Baku',
    startsOn,
    endsOn: inDays(21),
    sectors: ['food'],
    capacity: 10,
  });
  const visit = `/api/delegations/${delegation.id}`;
  await api(baseUrl, 'POST', `${visit}/members`, staff.accessToken, { companyId: b.company.id });
  await api(baseUrl, 'PUT', `${visit}/programme`, staff.accessToken, {
    venue: 'Baku Expo Centre',
    venueMaxTables: 2,
    slotMinutes: 30,
    breakMinutes: 0,
    tables: ['A1'],
    sessions: [{ startsAt: `${startsOn}T09:00:00+04:00`, endsAt: `${startsOn}T10:00:00+04:00` }],
    requestDeadline: `${inDays(10)}T18:00:00+04:00`,
    quotaPerFirm: 5,
  });
  await api(baseUrl, 'POST', `${visit}/hosts`, a.accessToken, {});
  const meeting = await api(baseUrl, 'POST', `${visit}/meeting-requests`, a.accessToken, {
    targetCompanyId: b.company.id,
    priority: 1,
  });
  await api(baseUrl, 'PATCH', `${visit}/meeting-requests/${meeting.id}`, b.accessToken, {
    decision: 'accept',
  });
  await api(baseUrl, 'POST', `${visit}/schedule/run`, staff.accessToken);
  await api(baseUrl, 'POST', `${visit}/schedule/publish`, staff.accessToken);
  return { a, b, conversationId: conversation.id, delegationId: delegation.id };
}

async function openAgenda(page) {
  await page.getByTestId('tab-agenda').click();
  await page.getByTestId('agenda-item').waitFor();
  assert.match(await page.getByTestId('agenda-counterpart').innerText(), /Sialkot Rice Traders/);
}

export const offlineAgendaChat = {
  id: 'p',
  name: '(p) offline at the event: agenda and last messages readable, a message sent once on return',
  async run({ browser, baseUrl, track }) {
    const { a, b, conversationId, delegationId } = await setUp(baseUrl);
    const agendaPath = `/meetings/${delegationId}`;
    const threadPath = `/messages/${conversationId}`;
    const { context, page, problems } = await newPage(browser, baseUrl, {
      width: 390,
      height: 844,
    });
    track(page);

    // One visit online: the agenda, then the conversation.
    await signInWithToken(page, (await login(baseUrl, a.email)).refreshToken, agendaPath);
    await openAgenda(page);
    await page.goto(threadPath);
    await eventually(
      () => bodies(page),
      (list) => assert.deepEqual(list.slice(-1), ['Yes: table A1 at the expo.']),
      { message: 'A reads the conversation online' },
    );
    await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, {
      timeout: 30_000,
    });
    await eventually(
      () => uncachedAssets(page),
      (missing) => assert.deepEqual(missing, []),
      {
        timeout: 30_000,
        message: 'the pages’ files in the service worker cache',
      },
    );
    assert.ok((await offlineKeys(page)).some((key) => key.includes(a.user.id)));
    // The service worker keeps the shell only: no API answer (one user's data) in its caches.
    const cachedApi = await page.evaluate(async () => {
      const found = [];
      for (const name of await caches.keys()) {
        const requests = await (await caches.open(name)).keys();
        found.push(
          ...requests.map((request) => request.url).filter((url) => url.includes('/api/')),
        );
      }
      return found;
    });
    assert.deepEqual(cachedApi, []);

    await context.setOffline(true);
    const offlineText = `Written offline at table A1 (${Date.now()})`;
    try {
      // A reload without a connection: the shell, the agenda and the last messages.
      await page.goto(agendaPath);
      await page.getByTestId('brand').waitFor();
      await page.getByTestId('offline-notice').first().waitFor();
      await openAgenda(page);
      await page.goto(threadPath);
      await eventually(
        () => bodies(page),
        (list) => assert.deepEqual(list.slice(-1), ['Yes: table A1 at the expo.']),
        { message: 'A reads the last messages offline' },
      );
      assert.match(
        await page.getByTestId('offline-notice').first().innerText(),
        /^Offline — shown as of /,
      );

      // Typed offline: waiting, and still waiting after a reload (the outbox is stored).
      const box = page.getByLabel(en.messages.composerLabel);
      await box.fill(offlineText);
      await box.press('Enter');
      const mine = page.getByTestId('message').filter({ hasText: offlineText });
      await eventually(
        () => mine.getAttribute('data-delivery'),
        (delivery) => assert.equal(delivery, 'waiting'),
        { message: 'the offline message waits' },
      );
      assert.equal(await mine.getByTestId('delivery').innerText(), en.messages.delivery.waiting);
      await page.reload();
      await eventually(
        () => mine.getAttribute('data-delivery'),
        (delivery) => assert.equal(delivery, 'waiting'),
        { message: 'the offline message still waits after a reload' },
      );
    } finally {
      await context.setOffline(false);
    }

    // Back online: sent with its clientId, acknowledged, stored once.
    await eventually(
      () =>
        page.getByTestId('message').filter({ hasText: offlineText }).getAttribute('data-delivery'),
      (delivery) => assert.ok(['sent', 'read'].includes(delivery), delivery),
      { timeout: 30_000, message: 'the offline message is sent once the connection returns' },
    );
    // Live again: the thread synced and the list was fetched anew, so no "shown as of" is left.
    await eventually(
      () => page.getByTestId('offline-notice').count(),
      (count) => assert.equal(count, 0),
      { timeout: 15_000, message: 'the offline notices go once the connection returns' },
    );
    const history = await api(
      baseUrl,
      'GET',
      `/api/conversations/${conversationId}/messages?limit=50`,
      (await login(baseUrl, b.email)).accessToken,
    );
    assert.equal(history.items.filter((message) => message.body === offlineText).length, 1);
    const bPage = await newPage(browser, baseUrl);
    track(bPage.page);
    await signInWithToken(bPage.page, (await login(baseUrl, b.email)).refreshToken, threadPath);
    await eventually(
      () => bodies(bPage.page),
      (list) => assert.equal(list.filter((body) => body === offlineText).length, 1),
      { message: 'B receives it exactly once' },
    );
    await page.reload();
    await eventually(
      () => bodies(page),
      (list) => assert.equal(list.filter((body) => body === offlineText).length, 1),
      { message: 'A’s reload shows it once' },
    );
    assert.deepEqual(
      (await offlineKeys(page)).filter((key) => key.includes('queue.outbox')),
      [],
      'the outbox is empty after the ack',
    );

    // Sign-out leaves nothing offline; B on the same browser never sees A's copies.
    await page.getByTestId('sign-out').click();
    await page.getByRole('link', { name: en.auth.signIn }).first().waitFor();
    assert.deepEqual(await offlineKeys(page), []);
    await signInWithToken(page, (await login(baseUrl, b.email)).refreshToken, threadPath);
    await page.getByTestId('thread').getByTestId('message-body').first().waitFor();
    const keys = await offlineKeys(page);
    assert.ok(
      keys.some((key) => key.includes(b.user.id)),
      'B keeps its own copy',
    );
    assert.deepEqual(
      keys.filter((key) => key.includes(a.user.id)),
      [],
      'nothing of A’s',
    );

    // Offline failures of API calls are expected; so is a long-polling request of a socket.io
    // session the server had already closed (it timed out while the browser was offline, or was
    // A's, signed out): 400 "Session ID unknown", after which the client opens a new session.
    // Nothing else may have gone wrong.
    const staleSocketPoll = /status of 400 .*\/socket\.io\/\?EIO=4&transport=polling&.*&sid=/;
    const unexpected = problems.filter(
      (line) =>
        !/Failed to fetch|ERR_INTERNET_DISCONNECTED|net::|WebSocket/.test(line) &&
        !staleSocketPoll.test(line),
    );
    assert.deepEqual(unexpected, []);
    await context.close();
  },
};
