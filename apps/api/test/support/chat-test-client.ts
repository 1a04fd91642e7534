import { randomUUID } from 'node:crypto';
import type { ChatMessage, SendMessageAck, SyncAck } from '@jcc/contracts';
import { openSocket, type ChatClientSocket } from './chat-socket';

const ACK_TIMEOUT_MS = 3000;

/**
 * A client that behaves as the web app must: it keeps messages by seq, resends what was not
 * acknowledged with the same clientId, and after every (re)connect, or on seeing a gap, fills in
 * with `conversation:sync`. Tests look at what it ends up holding.
 */
export class ChatTestClient {
  readonly socket: ChatClientSocket;
  /** seq → message, per conversation. */
  readonly held = new Map<string, Map<number, ChatMessage>>();
  /** Sends not yet acknowledged, by clientId. */
  readonly outbox = new Map<string, { conversationId: string; body: string }>();
  readonly sentClientIds: string[] = [];
  /** Sends awaiting their ack: not sent again meanwhile (a cut rejects them at once). */
  private readonly inFlight = new Set<string>();
  connects = 0;
  private syncing = new Map<string, Promise<void>>();

  constructor(
    url: string,
    token: string,
    private readonly conversationIds: string[],
  ) {
    this.socket = openSocket(url, token, {
      reconnection: true,
      reconnectionDelay: 50,
      reconnectionDelayMax: 300,
      randomizationFactor: 0.5,
    });
    this.socket.on('connect', () => {
      this.connects += 1;
      this.conversationIds.forEach((id) => void this.sync(id));
      [...this.outbox.keys()].forEach((clientId) => void this.attempt(clientId));
    });
    this.socket.on('message:new', ({ message }) => {
      this.hold(message);
      if (message.seq > this.contiguous(message.conversationId) + 1) {
        void this.sync(message.conversationId);
      }
    });
  }

  waitConnected(): Promise<void> {
    if (this.socket.connected) {
      return Promise.resolve();
    }
    return new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  /** Queues a message and tries to send it now; it stays queued until acknowledged. */
  send(conversationId: string, body: string): string {
    const clientId = randomUUID();
    this.outbox.set(clientId, { conversationId, body });
    this.sentClientIds.push(clientId);
    void this.attempt(clientId);
    return clientId;
  }

  /** Drops the transport as a bad network would; socket.io reconnects by itself. */
  cut(): void {
    this.socket.io.engine?.close();
  }

  messages(conversationId: string): ChatMessage[] {
    return [...(this.held.get(conversationId)?.values() ?? [])].sort((a, b) => a.seq - b.seq);
  }

  /** The highest seq below which nothing is missing. */
  contiguous(conversationId: string): number {
    const held = this.held.get(conversationId);
    let seq = 0;
    while (held?.has(seq + 1)) {
      seq += 1;
    }
    return seq;
  }

  /** Resends whatever is still unacknowledged (e.g. after a timeout while connected). */
  retryOutbox(): void {
    if (this.socket.connected) {
      [...this.outbox.keys()].forEach((clientId) => void this.attempt(clientId));
    }
  }

  async sync(conversationId: string): Promise<void> {
    const running = this.syncing.get(conversationId);
    if (running) {
      return running;
    }
    const run = this.syncLoop(conversationId).finally(() => this.syncing.delete(conversationId));
    this.syncing.set(conversationId, run);
    return run;
  }

  close(): void {
    this.socket.close();
  }

  private async syncLoop(conversationId: string): Promise<void> {
    for (;;) {
      if (!this.socket.connected) {
        return;
      }
      try {
        const ack: SyncAck = await this.socket
          .timeout(ACK_TIMEOUT_MS)
          .emitWithAck('conversation:sync', {
            conversationId,
            afterSeq: this.contiguous(conversationId),
          });
        if (!ack.ok) {
          return;
        }
        ack.messages.forEach((message) => this.hold(message));
        if (!ack.hasMore) {
          return;
        }
      } catch {
        return; // Cut mid-request: the next connect syncs again.
      }
    }
  }

  private async attempt(clientId: string): Promise<void> {
    const pending = this.outbox.get(clientId);
    if (!pending || !this.socket.connected || this.inFlight.has(clientId)) {
      return;
    }
    this.inFlight.add(clientId);
    try {
      const ack: SendMessageAck = await this.socket
        .timeout(ACK_TIMEOUT_MS)
        .emitWithAck('message:send', {
          conversationId: pending.conversationId,
          clientId,
          body: pending.body,
        });
      if (ack.ok) {
        this.outbox.delete(clientId);
        this.hold(ack.message);
      }
    } catch {
      // No ack (cut or timeout): it stays in the outbox and goes again on the next connect.
    } finally {
      this.inFlight.delete(clientId);
    }
  }

  private hold(message: ChatMessage): void {
    const held = this.held.get(message.conversationId) ?? new Map<number, ChatMessage>();
    held.set(message.seq, message);
    this.held.set(message.conversationId, held);
  }
}
