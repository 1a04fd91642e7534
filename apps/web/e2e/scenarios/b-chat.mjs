// (b) Two firms in two browsers: request contact, accept, write to each other live and see the
// same order; one goes offline, the other writes, it comes back and sees what it missed.
import { createFirm, newPage, signInWithToken, texts } from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { verifyFirm } from '../lib/staff.mjs';

const en = texts('en');
const az = texts('az');

const bodies = (page) => page.getByTestId('thread').getByTestId('message-body').allInnerTexts();

async function send(page, T, text) {
  const box = page.getByLabel(T.messages.composerLabel);
  await box.fill(text);
  await box.press('Enter');
}

export const chat = {
  id: 'b',
  name: '(b) two firms: contact request, accept, live chat in order, offline catch-up',
  async run({ browser, baseUrl, track, shared }) {
    const pk = await createFirm(baseUrl, {
      country: 'PK',
      name: 'Indus Towel Mills',
      sectors: ['textiles'],
      offersHs: ['63'],
      seeksHs: ['52'],
    });
    const azFirm = await createFirm(baseUrl, {
      country: 'AZ',
      name: 'Xəzər Ev Tekstili MMC',
      locale: 'az',
      sectors: ['textiles'],
      offersHs: ['52'],
      seeksHs: ['63'],
    });
    // Only verified firms are listed and may ask for contact.
    await verifyFirm(baseUrl, pk.company.id);
    await verifyFirm(baseUrl, azFirm.company.id);
    shared.firms = { pk, az: azFirm };

    const a = await newPage(browser, baseUrl);
    const b = await newPage(browser, baseUrl, { locale: 'az-AZ' });
    track(a.page);
    track(b.page);

    // A asks for contact from B's company page.
    await signInWithToken(a.page, pk.refreshToken, `/companies/${azFirm.company.id}`);
    await a.page.getByRole('button', { name: en.contacts.request }).click();
    const introduction = 'Salam! We make terry towels and seek your cotton.';
    await a.page.getByLabel(en.contacts.note).fill(introduction);
    await a.page.getByRole('button', { name: en.contacts.send }).click();
    await a.page.getByTestId('request-sent').waitFor();

    // B (in Azerbaijani, its account's language) accepts and lands in the conversation.
    await signInWithToken(b.page, azFirm.refreshToken, '/contacts');
    await b.page.getByTestId('contact-request').getByText('Indus Towel Mills').waitFor();
    await b.page.getByRole('button', { name: az.contacts.accept }).click();
    await b.page.waitForURL('**/messages/*');
    const conversationId = b.page.url().split('/messages/')[1];
    shared.conversationId = conversationId;

    await a.page.goto(`/messages/${conversationId}`);
    await a.page.getByTestId('thread').waitFor();
    await eventually(
      () =>
        a.page
          .getByTestId('thread')
          .locator('..')
          .getByTestId('presence')
          .first()
          .getAttribute('data-online'),
      (online) => assert.equal(online, 'true'),
      { message: 'A sees B online' },
    );

    // Live, both ways, same order on both sides; typing and read marks.
    await send(a.page, en, 'm1: Salam, Xəzər!');
    await b.page.getByTestId('thread').getByText('m1: Salam, Xəzər!', { exact: true }).waitFor();
    await b.page.getByLabel(az.messages.composerLabel).fill('m2');
    await a.page
      .getByTestId('typing')
      .getByText(/Xəzər Ev Tekstili MMC/)
      .waitFor();
    await b.page.getByLabel(az.messages.composerLabel).press('Enter');
    await a.page.getByTestId('thread').getByText('m2', { exact: true }).waitFor();
    await send(a.page, en, 'm3: price list attached tomorrow');
    // The request's note opens the conversation (seq 1), so B never lands in an empty chat.
    const expected = [introduction, 'm1: Salam, Xəzər!', 'm2', 'm3: price list attached tomorrow'];
    await eventually(
      () => bodies(b.page),
      (list) => assert.deepEqual(list, expected),
      { message: 'B order' },
    );
    assert.deepEqual(await bodies(a.page), expected);
    await eventually(
      () => a.page.getByTestId('message').last().getAttribute('data-delivery'),
      (delivery) => assert.equal(delivery, 'read'),
      { message: 'A sees its last message read' },
    );

    // B drops off the network; A writes; B comes back and catches up, in order.
    await b.context.setOffline(true);
    await b.page.getByTestId('connection-banner').waitFor();
    await eventually(
      () =>
        a.page
          .getByTestId('thread')
          .locator('..')
          .getByTestId('presence')
          .first()
          .getAttribute('data-online'),
      (online) => assert.equal(online, 'false'),
      { message: 'A sees B offline' },
    );
    await send(a.page, en, 'm4: are you there?');
    await send(a.page, en, 'm5: call me when back');
    await eventually(
      () => a.page.getByTestId('message').last().getAttribute('data-delivery'),
      (delivery) => assert.equal(delivery, 'sent'),
      { message: 'A’s message stored' },
    );
    await send(b.page, az, 'm6: written offline');
    // Kept in the outbox until the connection returns (issue 19, scenario (p)).
    assert.equal(
      await b.page.getByTestId('message').last().getAttribute('data-delivery'),
      'waiting',
    );
    await b.context.setOffline(false);
    const all = [...expected, 'm4: are you there?', 'm5: call me when back', 'm6: written offline'];
    await eventually(
      () => bodies(b.page),
      (list) => assert.deepEqual(list, all),
      {
        message: 'B caught up',
        timeout: 15_000,
      },
    );
    await eventually(
      () => bodies(a.page),
      (list) => assert.deepEqual(list, all),
      { message: 'A got m6' },
    );
    await b.page.getByTestId('connection-banner').waitFor({ state: 'detached' });

    assert.deepEqual(
      [
        ...a.problems,
        ...b.problems.filter((line) => !/ERR_INTERNET_DISCONNECTED|net::/.test(line)),
      ],
      [],
    );
    await a.context.close();
    await b.context.close();
  },
};
