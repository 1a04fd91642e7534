import type { ChatMessage } from '@jcc/contracts';
import { describe, expect, it } from 'vitest';

import {
  hasGapBefore,
  initialThreadState,
  lastSeq,
  type PendingMessage,
  threadReducer,
  type ThreadAction,
  type ThreadState,
} from './thread-reducer';

const message = (seq: number, clientId = `client-${seq}`): ChatMessage => ({
  id: `id-${seq}`,
  conversationId: 'conversation-1',
  seq,
  clientId,
  senderUserId: 'user-a',
  senderCompanyId: 'company-a',
  senderName: 'Ayesha Khan',
  body: `message ${seq}`,
  createdAt: new Date(Date.UTC(2026, 0, 1, 0, seq)).toISOString(),
});

const run = (...actions: ThreadAction[]): ThreadState =>
  actions.reduce(threadReducer, initialThreadState);

const seqs = (state: ThreadState) => state.messages.map((item) => item.seq);

describe('threadReducer', () => {
  it('keeps messages in seq order without duplicates, however they arrive', () => {
    const state = run(
      { type: 'loaded', messages: [message(4), message(5)], hasOlder: true },
      { type: 'received', messages: [message(7)] },
      { type: 'received', messages: [message(6), message(7)] },
      { type: 'older-loaded', messages: [message(2), message(3)], hasOlder: true },
      { type: 'received', messages: [message(5)] },
    );
    expect(seqs(state)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(state.status).toBe('ready');
    expect(state.hasOlder).toBe(true);
    expect(lastSeq(state)).toBe(7);
  });

  it('returns the same state when nothing new arrives (no re-render)', () => {
    const state = run({ type: 'loaded', messages: [message(1)], hasOlder: false });
    expect(threadReducer(state, { type: 'received', messages: [message(1)] })).toBe(state);
  });

  const pending = (
    clientId: string,
    status: PendingMessage['status'],
    body = `body of ${clientId}`,
  ): PendingMessage => ({ clientId, body, createdAt: '2026-01-01T00:00:00Z', status });

  it('shows a sent message as sending until the ack, then as stored', () => {
    const sending = run(
      { type: 'loaded', messages: [message(1)], hasOlder: false },
      { type: 'pending', items: [pending('mine', 'sending', 'hello')] },
    );
    expect(sending.pending).toEqual([
      expect.objectContaining({ clientId: 'mine', body: 'hello', status: 'sending' }),
    ]);

    const acked = threadReducer(sending, {
      type: 'send-acked',
      clientId: 'mine',
      message: message(2, 'mine'),
    });
    expect(acked.pending).toEqual([]);
    expect(seqs(acked)).toEqual([1, 2]);
    // The outbox's list, still holding it for a moment, does not bring it back.
    expect(threadReducer(acked, { type: 'pending', items: [pending('mine', 'sending')] })).toBe(
      acked,
    );
  });

  it('follows the outbox: waiting, then sending and failed, in the order written', () => {
    const waiting = run(
      { type: 'loaded', messages: [], hasOlder: false },
      { type: 'pending', items: [pending('a', 'waiting'), pending('b', 'waiting')] },
    );
    expect(waiting.pending.map((item) => [item.clientId, item.status])).toEqual([
      ['a', 'waiting'],
      ['b', 'waiting'],
    ]);
    const failed = threadReducer(waiting, {
      type: 'pending',
      items: [pending('a', 'failed'), pending('b', 'waiting')],
    });
    expect(failed.pending.map((item) => item.status)).toEqual(['failed', 'waiting']);
    expect(
      threadReducer(failed, {
        type: 'pending',
        items: [pending('a', 'failed'), pending('b', 'waiting')],
      }),
    ).toBe(failed);
  });

  it('drops a pending message when its stored copy arrives by sync instead of the ack', () => {
    const state = run(
      { type: 'loaded', messages: [message(1)], hasOlder: false },
      { type: 'pending', items: [pending('lost-ack', 'failed')] },
      { type: 'received', messages: [message(2, 'lost-ack'), message(3)] },
    );
    expect(state.pending).toEqual([]);
    expect(seqs(state)).toEqual([1, 2, 3]);
  });

  it('marks an offline copy until a sync brings the thread up to date', () => {
    const copy = run({
      type: 'loaded',
      messages: [message(4)],
      hasOlder: true,
      offlineAsOf: '2026-01-01T08:00:00Z',
    });
    expect(copy.offlineAsOf).toBe('2026-01-01T08:00:00Z');
    expect(threadReducer(copy, { type: 'live' }).offlineAsOf).toBeNull();
  });

  it('detects a gap in live messages so the thread syncs', () => {
    const state = run({ type: 'loaded', messages: [message(1), message(2)], hasOlder: false });
    expect(hasGapBefore(state, 3)).toBe(false);
    expect(hasGapBefore(state, 5)).toBe(true);
    expect(hasGapBefore(initialThreadState, 5)).toBe(false);
  });

  it('keeps the highest read mark of the other side', () => {
    const state = run({ type: 'read-by-other', seq: 4 }, { type: 'read-by-other', seq: 2 });
    expect(state.readByOthers).toBe(4);
  });

  it('reports a failed first load, but not over a thread already shown', () => {
    expect(run({ type: 'load-failed' }).status).toBe('error');
    const ready = run({ type: 'loaded', messages: [], hasOlder: false }, { type: 'load-failed' });
    expect(ready.status).toBe('ready');
  });

  describe("the device's last copy, shown while the first answer is on its way", () => {
    it('shows at once instead of a loading state', () => {
      const state = run({ type: 'shown-from-copy', messages: [message(2), message(1)] });
      expect(state.status).toBe('ready');
      expect(seqs(state)).toEqual([1, 2]);
      expect(state.provisional).toBe(true);
      expect(state.offlineAsOf).toBeNull();
    });

    it('is replaced by the answer, not merged (messages came between, older ones are paged)', () => {
      const state = run(
        { type: 'shown-from-copy', messages: [message(1), message(2)] },
        { type: 'loaded', messages: [message(40), message(41)], hasOlder: true },
      );
      expect(seqs(state)).toEqual([40, 41]);
      expect(state.provisional).toBe(false);
      expect(hasGapBefore(state, 40)).toBe(false);
    });

    it('never replaces a thread already loaded, and an empty copy shows nothing', () => {
      const loaded = run(
        { type: 'loaded', messages: [message(5)], hasOlder: false },
        { type: 'shown-from-copy', messages: [message(1)] },
      );
      expect(seqs(loaded)).toEqual([5]);
      expect(run({ type: 'shown-from-copy', messages: [] }).status).toBe('loading');
    });

    it('gives way to the error when the first answer fails', () => {
      const state = run(
        { type: 'shown-from-copy', messages: [message(1)] },
        { type: 'load-failed' },
      );
      expect(state.status).toBe('error');
      expect(state.messages).toEqual([]);
      expect(state.provisional).toBe(false);
    });
  });
});
