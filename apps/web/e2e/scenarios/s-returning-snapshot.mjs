/* global document, localStorage, window */
// (s) A returning member's page paints before the app's JavaScript has run: after one visit to
// the conversation, the next visit shows its last messages from the snapshot (inert, hidden from
// assistive technology) by the time the HTML is parsed; the app then takes over with the same
// messages, live, and a reply still reaches the partner once. A sign-out leaves no snapshot, and
// the next visit paints nothing of the member's.
import { randomUUID } from 'node:crypto';

import { appStarted, createFirm, newPage, signInWithToken, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { api, verifyFirm } from '../lib/staff.mjs';

const en = texts('en');
const snapshotKeys = (page) =>
  page.evaluate(() =>
    Object.keys(localStorage).filter((key) => key.startsWith('jcc.offline.snapshot.')),
  );

/** What #root held when the HTML was parsed: before main.tsx starts the app (after a paint). */
async function recordParsedRoot(context) {
  await context.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const painted = document.querySelector('#root > [data-prerendered="snapshot"]');
      window.__parsedRoot = painted
        ? {
            inert: painted.hasAttribute('inert'),
            ariaHidden: painted.getAttribute('aria-hidden'),
            text: painted.textContent,
          }
        : null;
    });
  });
}

export const returningSnapshot = {
  id: 's',
  name: "(s) a returning member's conversation paints from its snapshot before the app runs",
  async run({ browser, baseUrl, track }) {
    const a = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Gujranwala Fans Ltd',
      sectors: ['mechanical_engineering'],
      offersHs: ['84'],
      seeksHs: ['72'],
    });
    const b = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Sumqayıt Steel MMC',
      sectors: ['mechanical_engineering'],
      offersHs: ['72'],
      seeksHs: ['84'],
    });
    await verifyFirm(baseUrl, a.company.id);
    await verifyFirm(baseUrl, b.company.id);
    const request = await api(baseUrl, 'POST', '/api/contact-requests', a.accessToken, {
      toCompanyId: b.company.id,
      message: 'Fans for your steel?',
    });
    const { conversation } = await api(
      baseUrl,
      'POST',
      `/api/contact-requests/${request.id}/accept`,
      b.accessToken,
    );
    const lastWord = `Sheet steel, 2 mm, ${randomUUID().slice(0, 8)}`;
    await api(baseUrl, 'POST', `/api/conversations/${conversation.id}/messages`, b.accessToken, {
      clientId: randomUUID(),
      body: lastWord,
    });
    const path = `/messages/${conversation.id}`;

    const { context, page, problems } = await newPage(browser, baseUrl, {
      width: 390,
      height: 844,
    });
    track(page);
    await recordParsedRoot(context);
    await signInWithToken(page, a.refreshToken, path);
    await page.getByTestId('thread').getByText(lastWord).waitFor();
    // A page still loading something (the bell's count, the inbox) is not kept: let it settle.
    await page.waitForLoadState('networkidle');

    // Leaving the page keeps its snapshot.
    await page.goto('/directory');
    await appStarted(page);
    assert.deepEqual(await snapshotKeys(page), [`jcc.offline.snapshot.${path}`]);

    await page.goto(path);
    const parsed = await page.evaluate(() => window.__parsedRoot);
    assert.ok(parsed, 'the snapshot was in #root when the HTML had been parsed');
    assert.equal(parsed.inert, true, 'the snapshot is inert');
    assert.equal(parsed.ariaHidden, 'true', 'the snapshot is hidden from assistive technology');
    assert.ok(parsed.text.includes(lastWord), "the snapshot shows the partner's last message");

    // The app takes over with the same conversation, live: a reply reaches B once.
    await appStarted(page);
    await page.getByTestId('thread').getByText(lastWord).waitFor();
    const reply = `Yes, 40 tonnes — ${randomUUID().slice(0, 8)}`;
    const box = page.getByLabel(en.messages.composerLabel);
    await box.fill(reply);
    await box.press('Enter');
    await eventually(
      () => api(baseUrl, 'GET', `/api/conversations/${conversation.id}/messages`, b.accessToken),
      (answer) => assert.equal(answer.items.filter((message) => message.body === reply).length, 1),
      { timeout: 15_000, message: 'the reply reached B exactly once' },
    );

    // A sign-out removes every snapshot: the next visit paints nothing of A's.
    await page.getByTestId('sign-out').click();
    await page.getByRole('link', { name: en.auth.signIn }).first().waitFor();
    assert.deepEqual(await snapshotKeys(page), []);
    await page.goto(path);
    assert.equal(await page.evaluate(() => window.__parsedRoot), null);
    await page.waitForURL(/\/sign-in/);
    assert.equal(await page.getByTestId('thread').count(), 0);

    assert.deepEqual(problems, []);
    await context.close();
  },
};
