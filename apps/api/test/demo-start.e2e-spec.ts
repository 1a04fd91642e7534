import type { ContactRequestResponse, ConversationResponse, ChatMessage } from '@jcc/contracts';
import { seedDemoDataIfEmpty } from '@jcc/seed';
import { createIsolatedTestApp } from './support/isolated-test-app';
import { createTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'demo-password-2026';

/**
 * `npm start` on an empty database: the demo must look lived in from the first sign-in, through
 * the same routes a member uses, and a second start must add nothing.
 */
describe('demo data at start-up', () => {
  let database: TestApp;
  let t: TestApp;
  let url: string;
  const log: string[] = [];

  beforeAll(async () => {
    database = await createIsolatedTestApp();
    url = (database.db.options as { url: string }).url;
    await seedDemoDataIfEmpty(url, (line) => log.push(line));
    // The hook ran its own app in this process, and the transaction decorator keeps the last app
    // started (in production the hook is a process of its own): the checks use a new one.
    const sharedUrl = process.env.TEST_DATABASE_URL;
    process.env.TEST_DATABASE_URL = url;
    try {
      t = await createTestApp();
    } finally {
      process.env.TEST_DATABASE_URL = sharedUrl;
    }
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await database.close();
  });

  const signIn = async (email: string) => {
    const res = await t.http
      .post('/api/auth/login')
      .send({ email, password: PASSWORD })
      .expect(200);
    return { token: res.body.accessToken as string, companyId: res.body.user.companyId as string };
  };
  const get = (path: string, token: string) =>
    t.http.get(path).set('Authorization', `Bearer ${token}`).expect(200);

  it('reports what it did, and the demo logins are confirmed owners of verified firms', async () => {
    expect(log.join('\n')).not.toContain('Demo activity incomplete');
    expect(log.join('\n')).toMatch(/contact requests: \d+ pending, \d+ accepted, \d+ declined/);
    for (const email of ['pk.member@demo.jcc', 'az.member@demo.jcc']) {
      const { token } = await signIn(email);
      const me = await get('/api/auth/me', token);
      expect(me.body).toMatchObject({ emailVerified: true, companyRole: 'owner' });
      const company = await get(`/api/companies/${me.body.companyId}`, token);
      expect(company.body.verification).toBe('verified');
    }
  });

  it('gives the PK member requests waiting in both directions, one answered and one declined', async () => {
    const pk = await signIn('pk.member@demo.jcc');
    const inbox = (await get('/api/contact-requests?box=in', pk.token)).body
      .items as ContactRequestResponse[];
    const outbox = (await get('/api/contact-requests?box=out', pk.token)).body
      .items as ContactRequestResponse[];
    expect(inbox.filter((r) => r.status === 'pending').length).toBeGreaterThanOrEqual(1);
    const outStates = outbox.map((r) => r.status).sort();
    expect(outStates).toEqual(expect.arrayContaining(['accepted', 'declined', 'pending']));
  });

  it('starts the two demo members on a conversation: introduction first, read marks, one unread', async () => {
    const pk = await signIn('pk.member@demo.jcc');
    const az = await signIn('az.member@demo.jcc');
    const conversations = (await get('/api/conversations', pk.token)).body
      .items as ConversationResponse[];
    const withAz = conversations.find((c) => c.participants.some((p) => p.id === az.companyId));
    expect(withAz).toBeDefined();
    expect(withAz!.unread).toBe(1);
    // The AZ member has read it all, so the PK member's own messages show as read after a reload.
    expect(withAz!.peerReadSeq).toBe(withAz!.lastSeq);
    const messages = (await get(`/api/conversations/${withAz!.id}/messages?limit=50`, pk.token))
      .body.items as ChatMessage[];
    expect(messages[0]).toMatchObject({ seq: 1, senderCompanyId: pk.companyId });
    expect(messages[0].body).toContain('Sialkot');
    expect(messages.map((m) => m.seq)).toEqual(messages.map((_, index) => index + 1));
  });

  it('saves matches and puts both demo firms on a delegation, confirmed and applied', async () => {
    const pk = await signIn('pk.member@demo.jcc');
    const az = await signIn('az.member@demo.jcc');
    const saved = await get('/api/matches?saved=true', pk.token);
    expect(saved.body.items.length).toBeGreaterThanOrEqual(1);
    const staff = await signIn('staff@demo.jcc');
    const delegations = (await get('/api/delegations', staff.token)).body.items as {
      id: string;
      direction: string;
    }[];
    expect(delegations.map((d) => d.direction).sort()).toEqual(['AZ_TO_PK', 'PK_TO_AZ']);
    const statusOf = async (direction: string, member: { token: string; companyId: string }) => {
      const delegation = delegations.find((d) => d.direction === direction)!;
      const rows = (await get(`/api/delegations/${delegation.id}/members`, member.token)).body;
      const list = (Array.isArray(rows) ? rows : rows.items) as {
        company: { id: string };
        status: string;
      }[];
      return list.find((row) => row.company.id === member.companyId)?.status;
    };
    expect(await statusOf('PK_TO_AZ', pk)).toBe('confirmed');
    expect(await statusOf('AZ_TO_PK', az)).toBe('applied');
    const staffRows = (await get(`/api/delegations/${delegations[0].id}/members`, staff.token))
      .body;
    expect((Array.isArray(staffRows) ? staffRows : staffRows.items).length).toBeGreaterThan(1);
  });

  it('adds nothing on a second start', async () => {
    const count = async () =>
      (
        await t.db.query<{ n: number }[]>(
          `SELECT (SELECT count(*) FROM companies) + (SELECT count(*) FROM contact_requests)
                + (SELECT count(*) FROM messages) + (SELECT count(*) FROM delegations) AS n`,
        )
      )[0].n;
    const before = await count();
    await seedDemoDataIfEmpty(url, () => undefined);
    expect(await count()).toBe(before);
  });
});
