// (i) Colleagues: the owner invites a colleague from the team page; the link comes from the
// caught mail (the outbox row the invitation wrote); the colleague signs in, opens the link,
// joins, writes in the firm's conversation (the partner sees the colleague's name) and sees the
// bell count go up live when a request for the firm arrives.
import pg from 'pg';

import {
  axeProblems,
  createFirm,
  newPage,
  PASSWORD,
  settle,
  signInWithToken,
  texts,
} from '../lib/browser.mjs';
import { assert, eventually } from '../lib/expect.mjs';
import { api, verifyFirm } from '../lib/staff.mjs';

const en = texts('en');

/** The invitation link of the newest mail to `email` in the outbox (what the SMTP catcher gets). */
async function invitationPath(databaseUrl, email) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT text_body FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    const match = /\/invite\/[A-Za-z0-9_-]{43}/.exec(rows[0]?.text_body ?? '');
    assert.ok(match, `an invitation mail to ${email}`);
    return match[0];
  } finally {
    await client.end();
  }
}

const bellCount = async (page) =>
  Number(await page.getByTestId('bell-count').getAttribute('data-count'));

export const colleagues = {
  id: 'i',
  name: '(n) colleagues: invite by e-mail, join, chat for the firm, bell count live',
  async run({ browser, baseUrl, databaseUrl, track }) {
    const firm = { sectors: ['textiles'], offersHs: ['52'], seeksHs: ['63'] };
    const owner = await createFirm(baseUrl, { ...firm, country: 'PK', name: 'Ravi Cotton Co' });
    const partner = await createFirm(baseUrl, { ...firm, country: 'AZ', name: 'Gəncə Tekstil' });
    const third = await createFirm(baseUrl, { ...firm, country: 'AZ', name: 'Şəki İpək' });
    for (const each of [owner, partner, third]) {
      await verifyFirm(baseUrl, each.company.id);
    }
    const request = await api(baseUrl, 'POST', '/api/contact-requests', owner.accessToken, {
      toCompanyId: partner.company.id,
      message: 'Hello from Ravi Cotton',
    });
    const { conversation } = await api(
      baseUrl,
      'POST',
      `/api/contact-requests/${request.id}/accept`,
      partner.accessToken,
    );

    // The owner invites from the team page.
    const a = await newPage(browser, baseUrl);
    track(a.page);
    await signInWithToken(a.page, owner.refreshToken, '/team');
    const email = `colleague-${Date.now()}@e2e.test`;
    await a.page.getByTestId('invite-email').fill(email);
    await a.page.getByTestId('invite-send').click();
    await a.page.getByTestId('invite-sent').waitFor();
    const path = await invitationPath(databaseUrl, email);

    // The colleague has an account with that address, signs in and opens the link.
    const colleague = await api(baseUrl, 'POST', '/api/auth/register', undefined, {
      email,
      password: PASSWORD,
      fullName: 'Sana Colleague',
    });
    const b = await newPage(browser, baseUrl, { width: 390, height: 844 });
    track(b.page);
    await signInWithToken(b.page, colleague.refreshToken, path);
    await b.page.getByTestId('invite-accept').click();
    await b.page.waitForURL('**/messages');

    // It writes in the firm's conversation; the partner reads it with the colleague's name.
    await b.page.goto(`/messages/${conversation.id}`);
    await b.page.getByTestId('thread').waitFor();
    const box = b.page.getByLabel(en.messages.composerLabel);
    await box.fill('Sana here, for Ravi Cotton');
    await box.press('Enter');
    await eventually(
      () => b.page.getByTestId('message').last().getAttribute('data-delivery'),
      (delivery) => assert.ok(delivery === 'sent' || delivery === 'read'),
      { message: 'the colleague’s message is stored' },
    );
    const history = await api(
      baseUrl,
      'GET',
      `/api/conversations/${conversation.id}/messages`,
      partner.accessToken,
    );
    const written = history.items.find((m) => m.body === 'Sana here, for Ravi Cotton');
    assert.equal(written?.senderName, 'Sana Colleague');
    assert.equal(written?.senderCompanyId, owner.company.id);

    // A request to the firm: the colleague's bell counts it, live.
    const before = await bellCount(b.page);
    await api(baseUrl, 'POST', '/api/contact-requests', third.accessToken, {
      toCompanyId: owner.company.id,
      message: 'Silk for your towels?',
    });
    await eventually(
      () => bellCount(b.page),
      (count) => assert.equal(count, before + 1),
      { message: 'the bell counts the new request' },
    );
    await b.page.getByTestId('bell').click();
    await b.page.getByTestId('notification').first().getByText(/Şəki İpək/).waitFor();
    assert.deepEqual(await axeProblems(b.page), [], 'the open bell passes axe');
    // The owner's team page lists the colleague.
    await a.page.reload();
    await a.page.getByTestId('team-member').getByText('Sana Colleague').waitFor();
    await settle(a.page);
    assert.deepEqual(await axeProblems(a.page), [], 'the team page passes axe');
    assert.deepEqual([...a.problems, ...b.problems], []);
    await a.context.close();
    await b.context.close();
  },
};
