import type { ChatMessage } from '@jcc/contracts';

/**
 * One conversation's thread as the browser sees it: the stored messages in `seq` order (no
 * duplicates, whichever way they arrived: history, live event, sync or ack) and the messages
 * this tab is still sending. A pending message leaves the list the moment its stored copy, with
 * the same clientId, arrives.
 */
export interface PendingMessage {
  clientId: string;
  body: string;
  createdAt: string;
  /** waiting: no connection yet (kept in the outbox, sent when it returns). */
  status: 'waiting' | 'sending' | 'failed';
}

export interface ThreadState {
  status: 'loading' | 'ready' | 'error';
  messages: ChatMessage[];
  pending: PendingMessage[];
  /** Older history exists before messages[0]. */
  hasOlder: boolean;
  /** Highest seq another participant has read (from `message:read` events). */
  readByOthers: number;
  /** Shown from the offline copy kept at this time (no connection); null when live. */
  offlineAsOf: string | null;
  /**
   * The messages shown are this device's last copy, on screen while the first answer is on its
   * way (no loading state between the page's snapshot and the thread): that answer replaces
   * them rather than merging, since messages may have come between the copy and it.
   */
  provisional: boolean;
}

export type ThreadAction =
  | { type: 'shown-from-copy'; messages: ChatMessage[] }
  | { type: 'loaded'; messages: ChatMessage[]; hasOlder: boolean; offlineAsOf?: string }
  | { type: 'live' }
  | { type: 'load-failed' }
  | { type: 'older-loaded'; messages: ChatMessage[]; hasOlder: boolean }
  | { type: 'received'; messages: ChatMessage[] }
  /** This conversation's messages in the outbox, in the order written. */
  | { type: 'pending'; items: PendingMessage[] }
  | { type: 'send-acked'; clientId: string; message: ChatMessage }
  | { type: 'read-by-other'; seq: number };

export const initialThreadState: ThreadState = {
  status: 'loading',
  messages: [],
  pending: [],
  hasOlder: false,
  readByOthers: 0,
  offlineAsOf: null,
  provisional: false,
};

/** Sorted by seq, one message per seq. */
function merge(current: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  if (incoming.length === 0) {
    return current;
  }
  const bySeq = new Map(current.map((message) => [message.seq, message]));
  let changed = false;
  for (const message of incoming) {
    if (!bySeq.has(message.seq)) {
      bySeq.set(message.seq, message);
      changed = true;
    }
  }
  return changed ? [...bySeq.values()].sort((a, b) => a.seq - b.seq) : current;
}

function withoutDelivered(pending: PendingMessage[], messages: ChatMessage[]): PendingMessage[] {
  if (pending.length === 0) {
    return pending;
  }
  const delivered = new Set(messages.map((message) => message.clientId));
  const left = pending.filter((item) => !delivered.has(item.clientId));
  return left.length === pending.length ? pending : left;
}

function receive(state: ThreadState, incoming: ChatMessage[]): ThreadState {
  const messages = merge(state.messages, incoming);
  const pending = withoutDelivered(state.pending, incoming);
  return messages === state.messages && pending === state.pending
    ? state
    : { ...state, messages, pending };
}

export function threadReducer(state: ThreadState, action: ThreadAction): ThreadState {
  switch (action.type) {
    case 'shown-from-copy':
      return state.status !== 'loading' || action.messages.length === 0
        ? state
        : { ...state, status: 'ready', messages: merge([], action.messages), provisional: true };
    case 'loaded':
      return {
        ...receive(
          { ...state, status: 'ready', messages: state.provisional ? [] : state.messages },
          action.messages,
        ),
        hasOlder: action.hasOlder,
        offlineAsOf: action.offlineAsOf ?? null,
        provisional: false,
      };
    case 'live':
      return state.offlineAsOf === null ? state : { ...state, offlineAsOf: null };
    case 'load-failed':
      return state.status === 'ready' && !state.provisional
        ? state
        : {
            ...state,
            status: 'error',
            messages: state.provisional ? [] : state.messages,
            provisional: false,
          };
    case 'older-loaded':
      return { ...receive(state, action.messages), hasOlder: action.hasOlder };
    case 'received':
      return receive(state, action.messages);
    case 'pending': {
      // What is stored already (its ack or a sync came first) is no longer pending.
      const pending = withoutDelivered(action.items, state.messages);
      const same =
        pending.length === state.pending.length &&
        pending.every((item, index) => {
          const shown = state.pending[index];
          return shown.clientId === item.clientId && shown.status === item.status;
        });
      return same ? state : { ...state, pending };
    }
    case 'send-acked':
      return receive(state, [action.message]);
    case 'read-by-other':
      return action.seq > state.readByOthers ? { ...state, readByOthers: action.seq } : state;
  }
}

export function lastSeq(state: ThreadState): number {
  return state.messages.length > 0 ? state.messages[state.messages.length - 1].seq : 0;
}

export function firstSeq(state: ThreadState): number | undefined {
  return state.messages[0]?.seq;
}

/** A live message that skips seqs means some were missed: sync from what we have. */
export function hasGapBefore(state: ThreadState, seq: number): boolean {
  return state.status === 'ready' && seq > lastSeq(state) + 1;
}
