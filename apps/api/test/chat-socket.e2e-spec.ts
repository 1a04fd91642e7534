import { randomUUID } from 'node:crypto';
import type { ConversationResponse } from '@jcc/contracts';
import {
  addColleague,
  countMessages,
  createConnectedFirms,
  createFirms,
  createStaffToken,
  requestContact,
} from './support/chat-fixtures';
import { startListeningApp, type ListeningApp } from './support/chat-app';
import {
  collectMessages,
  connect,
  eventually,
  next,
  openSocket,
  send,
  sendOk,
  type ChatClientSocket,
} from './support/chat-socket';
import { bearer, type Member } from './support/factories';

describe('chat: socket.io gateway', () => {
  let t: ListeningApp;
  const sockets: ChatClientSocket[] = [];
  beforeAll(async () => {
    t = await startListeningApp();
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.close()));
  afterAll(() => t.close());

  const open = async (member: Member | string, options = {}) => {
    const socket = await connect(
      t.url,
      typeof member === 'string' ? member : member.token,
      options,
    );
    sockets.push(socket);
    return socket;
  };
  it('delivers both ways, to every socket of both firms, the sender’s other tab included', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const pkColleague = await addColleague(t.http, t.db, pk);
    const [pkTab1, pkTab2, azSocket, colleagueSocket] = await Promise.all(
      [pk, pk, az, pkColleague].map((member) => open(member)),
    );
    const received = [pkTab1, pkTab2, azSocket, colleagueSocket].map(collectMessages);

    const ack = await send(pkTab1, conversation.id, 'Salam from Sialkot');
    expect(ack).toMatchObject({
      ok: true,
      message: { seq: 1, body: 'Salam from Sialkot', senderCompanyId: pk.company.id },
    });
    const reply = await sendOk(azSocket, conversation.id, 'Salam from Baku');
    expect(reply.seq).toBe(2);
    // Proof that no echo comes to a sender: a later message from a third socket. Broadcasts of
    // one conversation arrive in order, so once the marker is in, any echo would be in before it.
    const markerIn = [pkTab1, pkTab2, azSocket].map((socket) =>
      next(socket, 'message:new', ({ message }) => message.body === 'marker'),
    );
    await sendOk(colleagueSocket, conversation.id, 'marker');
    await Promise.all(markerIn);
    await eventually(() => received[3].length >= 2, 5000, 'the colleague’s two messages');

    const bodies = received.map((messages) => messages.map((message) => message.body));
    expect(bodies[0]).toEqual(['Salam from Baku', 'marker']); // the sending tab has its ack instead
    expect(bodies[1]).toEqual(['Salam from Sialkot', 'Salam from Baku', 'marker']);
    expect(bodies[2]).toEqual(['Salam from Sialkot', 'marker']);
    expect(bodies[3].slice(0, 2)).toEqual(['Salam from Sialkot', 'Salam from Baku']);
  });

  it('stores one message for a clientId sent twice, and for one sent at once from two sockets', async () => {
    const { pk, conversation } = await createConnectedFirms(t.http, t.db);
    const [tab1, tab2] = await Promise.all([open(pk), open(pk)]);
    const clientId = randomUUID();
    const first = await sendOk(tab1, conversation.id, 'hello', clientId);
    const again = await sendOk(tab1, conversation.id, 'hello', clientId);
    expect(again).toEqual(first);

    const pairs = await Promise.all(
      // 9 pairs: with the two sends above, the 20 a user may send in 10 s.
      Array.from({ length: 9 }, async () => {
        const id = randomUUID();
        return Promise.all([
          sendOk(tab1, conversation.id, 'twice', id),
          sendOk(tab2, conversation.id, 'twice', id),
        ]);
      }),
    );
    for (const [a, b] of pairs) {
      expect(a).toEqual(b);
    }
    expect(await countMessages(t.db, conversation.id)).toBe(10);
    const rows = await t.db.query(
      'SELECT seq FROM messages WHERE conversation_id = $1 ORDER BY seq',
      [conversation.id],
    );
    expect(rows.map((row: { seq: number }) => row.seq)).toEqual(
      Array.from({ length: 10 }, (_, i) => i + 1),
    );
  });

  it('puts both firms’ connected sockets into a newly accepted conversation at once', async () => {
    const { pk, az } = await createFirms(t.http, t.db);
    const [pkSocket, azSocket] = await Promise.all([open(pk), open(az)]);
    const request = await requestContact(t.http, pk, az);
    const told = next(pkSocket, 'conversation:new');
    const accepted = await t.http
      .post(`/api/contact-requests/${request.id}/accept`)
      .set(bearer(az.token))
      .expect(200);
    const conversation = accepted.body.conversation as ConversationResponse;
    expect((await told).conversation.id).toBe(conversation.id);
    const incoming = next(azSocket, 'message:new');
    await sendOk(pkSocket, conversation.id, 'first words');
    // seq 1 is the request's introduction; the first socket message follows it.
    expect((await incoming).message).toMatchObject({ conversationId: conversation.id, seq: 2 });
  });

  it('relays typing and read positions to the others', async () => {
    const { pk, az, conversation } = await createConnectedFirms(t.http, t.db);
    const [pkSocket, azSocket] = await Promise.all([open(pk), open(az)]);
    const typing = next(azSocket, 'typing');
    expect(await pkSocket.emitWithAck('typing', { conversationId: conversation.id })).toEqual({
      ok: true,
    });
    expect(await typing).toEqual({ conversationId: conversation.id, userId: pk.auth.user.id });

    await sendOk(pkSocket, conversation.id, 'one');
    await sendOk(pkSocket, conversation.id, 'two');
    const read = next(pkSocket, 'message:read');
    const ack = await azSocket.emitWithAck('message:read', {
      conversationId: conversation.id,
      seq: 1,
    });
    expect(ack).toEqual({ ok: true, seq: 1, unread: 1 });
    expect(await read).toEqual({
      conversationId: conversation.id,
      userId: az.auth.user.id,
      seq: 1,
    });
  });

  it('tells partners when a firm comes online and goes offline', async () => {
    const { pk, az } = await createConnectedFirms(t.http, t.db);
    const azSocket = await open(az);
    const online = next(
      azSocket,
      'presence',
      (event) => event.companyId === pk.company.id && event.online,
    );
    // Listen before connecting: the current state arrives right after the handshake.
    const pkSocket = openSocket(t.url, pk.token);
    sockets.push(pkSocket);
    const initial = await next(pkSocket, 'presence', (event) => event.companyId === az.company.id);
    expect(initial).toEqual({ companyId: az.company.id, online: true });
    await online;
    const offline = next(
      azSocket,
      'presence',
      (event) => event.companyId === pk.company.id && !event.online,
    );
    pkSocket.close();
    await offline;
  });

  it('carries the chamber’s conversation with a firm both ways', async () => {
    const { pk } = await createFirms(t.http, t.db);
    const staff = await createStaffToken(t.http, t.db);
    const [firmSocket, staffSocket] = await Promise.all([open(pk), open(staff.token)]);
    const told = next(firmSocket, 'conversation:new');
    const opened = await t.http
      .post('/api/conversations')
      .set(bearer(staff.token))
      .send({ companyId: pk.company.id })
      .expect(201);
    const conversationId = (opened.body.conversation as ConversationResponse).id;
    await told;
    const toFirm = next(firmSocket, 'message:new');
    await sendOk(staffSocket, conversationId, 'Your verification is done');
    expect((await toFirm).message).toMatchObject({
      senderCompanyId: null,
      senderUserId: staff.userId,
    });
    const toStaff = next(staffSocket, 'message:new');
    await sendOk(firmSocket, conversationId, 'Thanks!');
    expect((await toStaff).message.body).toBe('Thanks!');
  });
});
