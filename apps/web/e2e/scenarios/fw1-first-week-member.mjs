// (fw1) Issue 16, a member's first week (findings 1, 2, 3, 4, 5, 13): the contact button follows
// where two firms stand (never a second request dialog), the menu counts requests waiting for an
// answer (in Azerbaijani) and follows a new one live, the introduction opens the conversation,
// read marks survive a reload, the verification decision and staff's note reach the firm, and
// someone else's conversation is "not found" with no message box.
import { randomUUID } from 'node:crypto';

import {
  axeProblems,
  createFirm,
  newPage,
  settle,
  signInWithToken,
  texts,
} from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { api, staffLogin, verifyFirm } from '../lib/staff.mjs';

const en = texts('en');
const az = texts('az');

export const firstWeekMember = {
  id: 'fw1',
  name: '(fw1) first week: request states, request count, verification outcome, foreign chat',
  async run({ browser, baseUrl, track }) {
    const pk = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Sialkot Surgical Works',
      sectors: ['surgical_instruments'],
      offersHs: ['90'],
      seeksHs: ['39'],
    });
    const azFirm = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Gəncə Tibb Təchizatı MMC',
      locale: 'az',
      sectors: ['surgical_instruments'],
      offersHs: ['39'],
      seeksHs: ['90'],
    });
    const third = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Wazirabad Cutlery House',
      sectors: ['surgical_instruments'],
      offersHs: ['82'],
      seeksHs: ['39'],
    });
    await verifyFirm(baseUrl, pk.company.id);
    await verifyFirm(baseUrl, azFirm.company.id);
    await verifyFirm(baseUrl, third.company.id);
    const introduction = 'We make forceps and seek PVC tubing.';

    // (1) Request contact once; after a reload the page says "Request sent", not the button.
    const a = await newPage(browser, baseUrl);
    track(a.page);
    await signInWithToken(a.page, pk.refreshToken, `/companies/${azFirm.company.id}`);
    await a.page.getByRole('button', { name: en.contacts.request }).click();
    await a.page.getByLabel(en.contacts.note).fill(introduction);
    await a.page.getByRole('button', { name: en.contacts.send }).click();
    await a.page.getByTestId('request-sent').waitFor();
    await a.page.reload();
    await a.page.getByTestId('request-sent').getByText(en.firstweek.contactState.sent).waitFor();
    assert.equal(
      await a.page.getByRole('button', { name: en.contacts.request }).count(),
      0,
      'no second request dialog is offered',
    );

    // (3) The other firm, in Azerbaijani, sees a count on "Contact requests"; the sender does not.
    const b = await newPage(browser, baseUrl, { locale: 'az-AZ' });
    track(b.page);
    await signInWithToken(b.page, azFirm.refreshToken, '/dashboard');
    const azNav = b.page.getByRole('navigation', { name: az.nav.main });
    const badge = azNav.getByTestId('nav-pending-requests');
    await badge.waitFor();
    assert.equal((await badge.innerText()).trim().split(/\s/)[0], '1');
    assert.match(
      await azNav.getByRole('link', { name: new RegExp(az.nav.contacts) }).innerText(),
      new RegExp(az.nav.contacts),
    );
    assert.equal(await a.page.getByTestId('nav-pending-requests').count(), 0);
    // Their side of the card: answer the request, not ask again.
    await b.page.goto(`/companies/${pk.company.id}`);
    await b.page.getByTestId('answer-request').waitFor();
    await b.page.goto('/contacts');
    await b.page.getByRole('button', { name: az.contacts.accept }).click();
    await b.page.waitForURL('**/messages/*');
    const conversationId = b.page.url().split('/messages/')[1];
    await eventually(
      () => b.page.getByTestId('nav-pending-requests').count(),
      (count) => assert.equal(count, 0),
      { message: 'the count goes once the request is answered' },
    );
    // (3) Live: another firm asks while this page is open; the count appears without a reload
    // (the `contact-request:changed` event; the fallback poll is minutes away).
    await api(baseUrl, 'POST', '/api/contact-requests', third.accessToken, {
      toCompanyId: azFirm.company.id,
      message: 'Scalpels and scissors for your clinics?',
    });
    await eventually(
      () => b.page.getByTestId('nav-pending-requests').allInnerTexts(),
      (shown) => assert.equal(shown.map((text) => text.trim().split(/\s/)[0]).join(), '1'),
      { message: 'the count of a request sent by another firm appears live' },
    );
    // (5) The introduction is the conversation's first message, for the firm that accepted.
    const firstBody = (page) =>
      page.getByTestId('thread').getByTestId('message-body').first().innerText();
    assert.equal(await firstBody(b.page), introduction);

    // (1) Connected: the card opens the conversation.
    await a.page.reload();
    await a.page.getByTestId('open-conversation').click();
    await a.page.waitForURL(`**/messages/${conversationId}`);
    await a.page.getByTestId('thread').waitFor();
    assert.equal(await firstBody(a.page), introduction);

    // (2) A message the other firm read shows "read" live, and still after a reload.
    const composerOf = (page, T) => page.getByLabel(T.messages.composerLabel, { exact: true });
    await composerOf(a.page, en).fill('Price list attached tomorrow.');
    await composerOf(a.page, en).press('Enter');
    await b.page.getByTestId('thread').getByText('Price list attached tomorrow.').waitFor();
    const lastDelivery = () => a.page.getByTestId('message').last().getAttribute('data-delivery');
    await eventually(lastDelivery, (delivery) => assert.equal(delivery, 'read'), {
      message: 'read live',
    });
    await a.page.reload();
    await a.page.getByTestId('thread').getByText('Price list attached tomorrow.').waitFor();
    await settle(a.page);
    assert.equal(await lastDelivery(), 'read', 'still read after a reload');

    // (13) A conversation the firm is not part of: a clear "not found", no message box.
    await a.page.goto(`/messages/${randomUUID()}`);
    await a.page.getByTestId('conversation-not-found').waitFor();
    await a.page.getByRole('heading', { name: en.firstweek.conversation.notFoundTitle }).waitFor();
    const composer = a.page.getByLabel(en.messages.composerLabel, { exact: true });
    assert.equal(
      await composer.count(),
      0,
      `no message box: ${await composer.evaluateAll((nodes) => nodes.map((node) => node.outerHTML.slice(0, 200)).join(' | '))}`,
    );
    assert.equal(
      await a.page.getByTestId('conversation-not-found').getByText(en.error.generic).count(),
      0,
    );
    assert.deepEqual(await axeProblems(a.page), []);

    // (4) A new firm: declined with a reason, then verified with a note; the banner says both.
    const fresh = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Faisalabad Linen House',
      sectors: ['textiles'],
      offersHs: ['63'],
      seeksHs: ['52'],
    });
    const c = await newPage(browser, baseUrl);
    track(c.page);
    await signInWithToken(c.page, fresh.refreshToken, '/dashboard');
    await c.page.getByTestId('verification-banner').waitFor();
    const staff = await staffLogin(baseUrl);
    const decide = (status, note) =>
      api(baseUrl, 'POST', `/api/companies/${fresh.company.id}/verification`, staff.accessToken, {
        status,
        note,
      });
    await decide('rejected', 'Your NTN does not match the FBR record.');
    await c.page.reload();
    await c.page
      .getByTestId('verification-banner')
      .getByText('Your NTN does not match the FBR record.')
      .waitFor();
    await c.page.getByText(en.verificationBanner.rejectedTitle).waitFor();
    await decide('verified', 'Checked with the FBR — welcome aboard.');
    await c.page.reload();
    const verified = c.page.getByTestId('verified-banner');
    await verified.getByText(en.firstweek.verification.verifiedTitle).waitFor();
    await verified.getByText('Checked with the FBR — welcome aboard.').waitFor();
    assert.equal(await c.page.getByTestId('verification-banner').count(), 0);
    await settle(c.page);
    assert.deepEqual(await axeProblems(c.page), []);
    await c.page.getByTestId('verified-banner-dismiss').click();
    await verified.waitFor({ state: 'detached' });
    await c.page.reload();
    await c.page.getByTestId('sign-out').waitFor();
    await settle(c.page);
    assert.equal(await c.page.getByTestId('verified-banner').count(), 0, 'dismissed for good');

    // A declined firm may not preview matches (403 on /api/matches, the dashboard says so).
    const problems = [
      ...a.problems,
      ...b.problems,
      ...c.problems.filter((line) => !/status of 403 .*\/api\/matches/.test(line)),
    ];
    assert.deepEqual(problems, [], problems.join('\n'));
    await Promise.all([a.context.close(), b.context.close(), c.context.close()]);
  },
};
