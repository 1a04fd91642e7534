import type { ChatMessage } from '@jcc/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HttpResponse } from 'msw';
import { Route, Routes, useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';

import { session } from '@/lib/session';
import { installFakeSocket, type FakeSocket } from '@/testing/fake-socket';
import {
  aCompany,
  aConversation,
  aMember,
  aMessage,
  MY_COMPANY,
  MY_COMPANY_ID,
  MY_USER_ID,
} from '@/testing/msw/fixtures';
import { conversationsApi, never } from '@/testing/msw/handlers';
import { server } from '@/testing/msw/server';
import { apiError, apiHttp } from '@/testing/msw/typed-http';
import { renderWithProviders } from '@/testing/render';
import { MessagesPage } from './messages-page';

/**
 * The Messages page over HTTP (MSW) and a fake socket (src/testing/fake-socket.ts, installed in
 * place of the real one through lib/socket): the test plays the chat server's side.
 */
const BAKU = aCompany({ name: 'Baku Cotton LLC' });
const GANJA = aCompany({ id: 'cccccccc-0000-4000-8000-00000000000c', name: 'Ganja Silk' });
const WITH_BAKU = aConversation({
  participants: [MY_COMPANY, BAKU],
  lastMessage: aMessage(2, { body: 'Samples are on their way.' }),
  lastSeq: 2,
  unread: 2,
});
const WITH_GANJA = aConversation({
  id: 'ffffffff-0000-4000-8000-000000000002',
  participants: [MY_COMPANY, GANJA],
});
const HISTORY: Record<string, ChatMessage[]> = {
  [WITH_BAKU.id]: [
    aMessage(1, { body: 'Hello from Baku.' }),
    aMessage(2, { body: 'Samples are on their way.' }),
  ],
};

function MessagesAt() {
  const { conversationId } = useParams();
  return (
    <MessagesPage
      conversationId={conversationId}
      myUserId={MY_USER_ID}
      myCompanyId={MY_COMPANY_ID}
    />
  );
}

function renderMessages(route = '/messages') {
  return renderWithProviders(
    <Routes>
      <Route path="/messages" element={<MessagesAt />} />
      <Route path="/messages/:conversationId" element={<MessagesAt />} />
    </Routes>,
    { route },
  );
}

const bodies = () =>
  within(screen.getByTestId('thread'))
    .queryAllByTestId('message-body')
    .map((element) => element.textContent);

const lastBubble = () => screen.getAllByTestId('message').at(-1)!;

async function write(text: string) {
  const typing = userEvent.setup();
  await typing.type(screen.getByLabelText('Message'), text);
  await typing.click(screen.getByRole('button', { name: 'Send' }));
}

/** Signed in as the member whose thread this is (offline copies are kept per user). */
function signInAsMe(): void {
  session.signIn({
    accessToken: 'access',
    refreshToken: 'refresh',
    user: aMember({ id: MY_USER_ID, companyId: MY_COMPANY_ID }),
  });
}

describe('Messages page', () => {
  let socket: FakeSocket;
  beforeEach(() => {
    socket = installFakeSocket();
    socket.answer('conversation:sync', () => ({ ok: true, messages: [], hasMore: false }));
    socket.answer('message:read', ({ seq }) => ({ ok: true, seq, unread: 0 }));
  });

  it('shows a loading state while the conversations are on their way', async () => {
    server.use(apiHttp.get('/api/conversations', never));
    renderMessages();
    expect(await screen.findByText('Loading…')).toBeTruthy();
    expect(screen.getByText('Choose a conversation.')).toBeTruthy();
  });

  it('says how a conversation starts when there is none', async () => {
    server.use(...conversationsApi([]));
    renderMessages();
    expect(await screen.findByText('No conversations yet')).toBeTruthy();
    expect(screen.getByText(/starts when a contact request is accepted/)).toBeTruthy();
  });

  it('shows an error when the conversations cannot be loaded', async () => {
    server.use(apiHttp.get('/api/conversations', () => apiError(500)));
    renderMessages();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong');
  });

  it('lists conversations with the partner, the last message and the unread count', async () => {
    server.use(...conversationsApi([WITH_BAKU, WITH_GANJA], HISTORY));
    renderMessages();
    const items = await screen.findAllByTestId('conversation-item');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('Baku Cotton LLC');
    expect(items[0].textContent).toContain('Samples are on their way.');
    expect(within(items[0]).getByTestId('unread-badge').textContent).toContain('2');
    expect(items[1].textContent).toContain('Ganja Silk');
    expect(items[1].textContent).toContain('No messages yet');
    expect(within(items[1]).queryByTestId('unread-badge')).toBeNull();
  });

  it('opens a conversation: its history, a sync from the newest seq, and a read mark', async () => {
    server.use(...conversationsApi([WITH_BAKU, WITH_GANJA], HISTORY));
    renderMessages();
    await userEvent.setup().click((await screen.findAllByTestId('conversation-item'))[0]);
    await waitFor(() =>
      expect(bodies()).toEqual(['Hello from Baku.', 'Samples are on their way.']),
    );
    expect(screen.getByRole('heading', { name: 'Baku Cotton LLC' })).toBeTruthy();
    await waitFor(() =>
      expect(socket.sent('conversation:sync')).toEqual([
        { conversationId: WITH_BAKU.id, afterSeq: 2 },
      ]),
    );
    await waitFor(() =>
      expect(socket.sent('message:read')).toEqual([{ conversationId: WITH_BAKU.id, seq: 2 }]),
    );
  });

  it('loads earlier messages on demand', async () => {
    const long = Array.from({ length: 35 }, (_, index) => aMessage(index + 1));
    server.use(...conversationsApi([WITH_BAKU], { [WITH_BAKU.id]: long }));
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(30));
    expect(bodies()[0]).toBe('Message 6');
    await userEvent.setup().click(screen.getByText('Show earlier messages'));
    await waitFor(() => expect(bodies()).toHaveLength(35));
    expect(bodies()[0]).toBe('Message 1');
    expect(screen.queryByText('Show earlier messages')).toBeNull();
  });

  /** The server stores each message with the next seq after the history's two. */
  function storeMessages() {
    let seq = 2;
    socket.answer('message:send', (payload) => {
      seq += 1;
      return {
        ok: true,
        message: aMessage(seq, {
          ...payload,
          senderUserId: MY_USER_ID,
          senderCompanyId: MY_COMPANY_ID,
        }),
      };
    });
  }

  const deliveries = () =>
    screen.getAllByTestId('message').map((item) => item.getAttribute('data-delivery'));

  it('sends a message: shown at once as sending, then sent on the server’s ack, one after another in order', async () => {
    server.use(...conversationsApi([WITH_BAKU], HISTORY));
    storeMessages();
    socket.holdAcks = true;
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));

    await write('Thank you, we will test them.');
    expect(bodies().at(-1)).toBe('Thank you, we will test them.');
    expect(lastBubble().getAttribute('data-delivery')).toBe('sending');
    await write('And the price list?');
    // The second waits for the first one's ack: the server stores them in the order written.
    expect(deliveries().slice(2)).toEqual(['sending', 'waiting']);
    expect(socket.sent('message:send')).toEqual([
      expect.objectContaining({
        conversationId: WITH_BAKU.id,
        body: 'Thank you, we will test them.',
      }),
    ]);

    socket.releaseAcks();
    await waitFor(() => expect(socket.sent('message:send')).toHaveLength(2));
    socket.releaseAcks();
    await waitFor(() => expect(deliveries().slice(2)).toEqual(['sent', 'sent']));
    expect(bodies().slice(2)).toEqual(['Thank you, we will test them.', 'And the price list?']);
    expect(localStorage.getItem(`jcc.offline.${MY_USER_ID}.queue.outbox.items`)).toBeNull();
  });

  it('keeps a message written offline as waiting, across a reload, and sends it once on reconnect', async () => {
    server.use(...conversationsApi([WITH_BAKU], HISTORY));
    storeMessages();
    socket.drop();
    const first = renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));

    await write('Written in the hall without Wi-Fi.');
    expect(lastBubble().getAttribute('data-delivery')).toBe('waiting');
    expect(within(lastBubble()).getByTestId('delivery').textContent).toBe('waiting to send');
    expect(socket.sent('message:send')).toEqual([]);

    first.unmount();
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(3));
    expect(lastBubble().getAttribute('data-delivery')).toBe('waiting');

    socket.reconnect();
    await waitFor(() => expect(lastBubble().getAttribute('data-delivery')).toBe('sent'));
    const sent = socket.sent('message:send');
    expect(sent).toHaveLength(1);
    expect(sent[0].body).toBe('Written in the hall without Wi-Fi.');
    expect(bodies()).toEqual([
      'Hello from Baku.',
      'Samples are on their way.',
      'Written in the hall without Wi-Fi.',
    ]);
    expect(localStorage.getItem(`jcc.offline.${MY_USER_ID}.queue.outbox.items`)).toBeNull();
  });

  it('shows the last messages kept on this device while the first answer is on its way', async () => {
    signInAsMe();
    server.use(...conversationsApi([WITH_BAKU], HISTORY));
    const first = renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));
    first.unmount();

    // Next visit: the history call is slow; the thread shows the kept copy, no loading state,
    // and no "offline" notice (it is online, only not answered yet).
    server.use(apiHttp.get('/api/conversations/{id}/messages', never));
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() =>
      expect(bodies()).toEqual(['Hello from Baku.', 'Samples are on their way.']),
    );
    expect(screen.queryByTestId('offline-notice')).toBeNull();
    session.signOut();
  });

  it('shows the conversations and the last messages kept offline, saying as of when, without a connection', async () => {
    signInAsMe();
    server.use(...conversationsApi([WITH_BAKU], HISTORY));
    const online = renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));
    expect(screen.queryByTestId('offline-notice')).toBeNull();
    online.unmount();

    // The hall's Wi-Fi is gone: every API call fails before reaching the server.
    server.use(
      apiHttp.get('/api/conversations', () => HttpResponse.error()),
      apiHttp.get('/api/conversations/{id}', () => HttpResponse.error()),
      apiHttp.get('/api/conversations/{id}/messages', () => HttpResponse.error()),
    );
    socket.drop();
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() =>
      expect(bodies()).toEqual(['Hello from Baku.', 'Samples are on their way.']),
    );
    // The copy shows at once; once the history call has failed, it says as of when (both lists).
    await waitFor(() => expect(screen.getAllByTestId('offline-notice')).toHaveLength(2));
    expect(screen.getAllByTestId('offline-notice')[0].textContent).toMatch(
      /^Offline — shown as of /,
    );
    expect(screen.getByTestId('conversation-item').textContent).toContain('Baku Cotton LLC');
    session.signOut();
  });

  it('marks a refused message as not sent, and a retry sends it again with the same clientId', async () => {
    server.use(...conversationsApi([WITH_BAKU], HISTORY));
    socket.answer('message:send', () => ({
      ok: false,
      error: { code: 'rate_limited', message: 'Too many messages' },
    }));
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));

    await write('Are you there?');
    await waitFor(() => expect(lastBubble().getAttribute('data-delivery')).toBe('failed'));
    expect(within(lastBubble()).getByRole('alert').textContent).toBe('not sent');

    socket.answer('message:send', (payload) => ({
      ok: true,
      message: aMessage(3, {
        ...payload,
        senderUserId: MY_USER_ID,
        senderCompanyId: MY_COMPANY_ID,
      }),
    }));
    await userEvent.setup().click(within(lastBubble()).getByText('Retry'));
    await waitFor(() => expect(lastBubble().getAttribute('data-delivery')).toBe('sent'));
    const [first, retried] = socket.sent('message:send');
    expect(retried.clientId).toBe(first.clientId);
    expect(bodies()).toEqual(['Hello from Baku.', 'Samples are on their way.', 'Are you there?']);
  });

  it('lets the writer discard a message the server refused', async () => {
    server.use(...conversationsApi([WITH_BAKU], HISTORY));
    socket.answer('message:send', () => ({
      ok: false,
      error: { code: 'rate_limited', message: 'Too many messages' },
    }));
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));
    await write('Never mind.');
    await waitFor(() => expect(lastBubble().getAttribute('data-delivery')).toBe('failed'));
    await userEvent.setup().click(within(lastBubble()).getByText('Discard'));
    await waitFor(() =>
      expect(bodies()).toEqual(['Hello from Baku.', 'Samples are on their way.']),
    );
    expect(localStorage.getItem(`jcc.offline.${MY_USER_ID}.queue.outbox.items`)).toBeNull();
  });

  it('shows the partner’s live messages and typing, and only this conversation’s', async () => {
    server.use(...conversationsApi([WITH_BAKU, WITH_GANJA], HISTORY));
    renderMessages(`/messages/${WITH_BAKU.id}`);
    await waitFor(() => expect(bodies()).toHaveLength(2));

    socket.serverSends('typing', { conversationId: WITH_BAKU.id, userId: 'partner' });
    expect(await screen.findByText('Baku Cotton LLC is typing…')).toBeTruthy();

    // A message of another conversation, then one of this: the second proves the first was seen.
    socket.serverSends('message:new', {
      message: aMessage(3, { conversationId: WITH_GANJA.id, body: 'Not for this thread' }),
    });
    socket.serverSends('message:new', { message: aMessage(3, { body: 'Prices attached.' }) });
    await waitFor(() => expect(bodies().at(-1)).toBe('Prices attached.'));
    expect(bodies()).not.toContain('Not for this thread');
    // A message from the partner ends their typing notice.
    expect(screen.getByTestId('typing').textContent).toBe('');
  });
});
