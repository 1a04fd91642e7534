import type { ChatMessage, SendMessageAck } from '@jcc/contracts';

import { offlineQueue } from '@/lib/offline-cache';

/**
 * Every message this user writes goes through the outbox: kept in storage per user (it survives a
 * reload and is cleared at sign-out) until the server's ack, sent one at a time in the order
 * written, with the clientId it got when written. A resend after a lost ack or a reload is safe:
 * the server stores one message per clientId and answers a repeat with the stored one.
 */
export interface OutboxItem {
  /** The message's clientId. */
  id: string;
  conversationId: string;
  body: string;
  createdAt: string;
  /** The server refused it (not a lost connection): sent again only when the user retries. */
  refused?: boolean;
}

export type OutboxStatus = 'waiting' | 'sending' | 'failed';

export interface OutboxEntry extends OutboxItem {
  status: OutboxStatus;
}

export interface OutboxTransport {
  isConnected(): boolean;
  /** Resolves with the ack; rejects when none came in time. */
  send(item: OutboxItem): Promise<SendMessageAck>;
}

export interface Outbox {
  entries(): OutboxEntry[];
  add(conversationId: string, body: string, clientId: string): void;
  retry(clientId: string): void;
  /** The user gives up on a message that failed: it is never sent. */
  discard(clientId: string): void;
  /** Sends what waits, in order, while the connection lasts; one run at a time. */
  flush(): Promise<void>;
  /** The connection is back: what failed for lack of an answer is sent again too. */
  reconnected(): Promise<void>;
  subscribe(listener: () => void): () => void;
  onAcked(listener: (message: ChatMessage) => void): () => void;
}

export function createOutbox(userId: string, transport: OutboxTransport): Outbox {
  const queue = offlineQueue<OutboxItem>(userId, 'outbox');
  const sending = new Set<string>();
  /** No ack in time while connected: shown as failed, held back until a retry or reconnect. */
  const unanswered = new Set<string>();
  const listeners = new Set<() => void>();
  const ackListeners = new Set<(message: ChatMessage) => void>();
  let flushing: Promise<void> | null = null;
  let again = false;

  const statusOf = (item: OutboxItem): OutboxStatus => {
    if (sending.has(item.id)) {
      return 'sending';
    }
    return item.refused || unanswered.has(item.id) ? 'failed' : 'waiting';
  };
  // Read from storage each time (another tab, or a sign-out, may have changed it), but the same
  // array while nothing changed, as useSyncExternalStore needs.
  let entries: OutboxEntry[] = [];
  let entriesText = '[]';
  const readEntries = (): OutboxEntry[] => {
    const next = queue.all().map((item) => ({ ...item, status: statusOf(item) }));
    const text = JSON.stringify(next);
    if (text !== entriesText) {
      entries = next;
      entriesText = text;
    }
    return entries;
  };
  const changed = () => listeners.forEach((listener) => listener());

  /** Sends one item; false when the run has to stop here (order is kept: nothing overtakes it). */
  async function sendOne(item: OutboxItem): Promise<boolean> {
    sending.add(item.id);
    changed();
    let ack: SendMessageAck;
    try {
      ack = await transport.send(item);
    } catch {
      sending.delete(item.id);
      // Still connected: the server did not answer in time. Otherwise it simply waits.
      if (transport.isConnected()) {
        unanswered.add(item.id);
      }
      changed();
      return false;
    }
    sending.delete(item.id);
    if (ack.ok) {
      queue.remove(item.id);
      // The stored message first, then the outbox without it: the thread never loses it.
      ackListeners.forEach((listener) => listener(ack.message));
    } else {
      queue.update({ ...item, refused: true });
    }
    changed();
    return true;
  }

  async function run(): Promise<void> {
    do {
      again = false;
      const items = queue.all().filter((item) => !item.refused && !unanswered.has(item.id));
      for (const item of items) {
        if (!transport.isConnected() || !(await sendOne(item))) {
          return;
        }
      }
    } while (again);
  }

  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = run().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return {
    entries: readEntries,
    add(conversationId, body, clientId) {
      queue.add({ id: clientId, conversationId, body, createdAt: new Date().toISOString() });
      changed();
      void flush();
    },
    retry(clientId) {
      const item = queue.all().find((queued) => queued.id === clientId);
      if (!item) {
        return;
      }
      unanswered.delete(clientId);
      queue.update({ ...item, refused: false });
      changed();
      void flush();
    },
    discard(clientId) {
      if (!sending.has(clientId)) {
        unanswered.delete(clientId);
        queue.remove(clientId);
        changed();
      }
    },
    flush,
    reconnected() {
      unanswered.clear();
      changed();
      return flush();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onAcked(listener) {
      ackListeners.add(listener);
      return () => ackListeners.delete(listener);
    },
  };
}
