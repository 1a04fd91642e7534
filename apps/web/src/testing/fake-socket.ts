import type { ClientToServerEvents, ServerToClientEvents } from '@jcc/contracts';

import { setSocketForTests, type ChatSocket } from '@/lib/socket';

type ClientEvent = keyof ClientToServerEvents;
type ServerEvent = keyof ServerToClientEvents;
type AckOf<E extends ClientEvent> = Parameters<ClientToServerEvents[E]>[1] extends
  ((response: infer R) => void) | undefined
  ? R
  : never;
type Listener = (...args: unknown[]) => void;

export interface Emitted {
  event: ClientEvent;
  payload: unknown;
}

/**
 * A stand-in for the tab's socket.io connection with only what the chat uses (on/off, emit,
 * emitWithAck, timeout). The test plays the server: `answer` sets the ack for an event the page
 * sends (unanswered events get no ack, like a server that never replies), `serverSends` pushes
 * an event to the page, `emitted` lists what the page sent. Installed through lib/socket.
 */
export class FakeSocket {
  connected = true;
  readonly emitted: Emitted[] = [];
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly answers = new Map<ClientEvent, (payload: never) => unknown>();

  answer<E extends ClientEvent>(
    event: E,
    // NoInfer: E comes from the event name alone, so the reply is checked against its ack type.
    reply: NoInfer<(payload: Parameters<ClientToServerEvents[E]>[0]) => AckOf<E>>,
  ): void {
    this.answers.set(event, reply);
  }

  serverSends<E extends ServerEvent>(event: E, ...args: Parameters<ServerToClientEvents[E]>) {
    this.listeners.get(event)?.forEach((listener) => listener(...args));
  }

  sent<E extends ClientEvent>(event: E): Parameters<ClientToServerEvents[E]>[0][] {
    return this.emitted
      .filter((item) => item.event === event)
      .map((item) => item.payload as Parameters<ClientToServerEvents[E]>[0]);
  }

  on(event: string, listener: Listener): this {
    const set = this.listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(event, set);
    return this;
  }

  off(event: string, listener: Listener): this {
    this.listeners.get(event)?.delete(listener);
    return this;
  }

  /** While true, acks wait until `releaseAcks` (a slow server, to see what shows meanwhile). */
  holdAcks = false;
  private held: { event: ClientEvent; payload: unknown; ack: (response: unknown) => void }[] = [];

  releaseAcks(): void {
    const held = this.held;
    this.held = [];
    held.forEach(({ event, payload, ack }) => {
      const reply = this.answers.get(event);
      if (reply) {
        ack(reply(payload as never));
      }
    });
  }

  emit(event: ClientEvent, payload: unknown, ack?: (response: unknown) => void): this {
    this.emitted.push({ event, payload });
    if (this.holdAcks && ack) {
      this.held.push({ event, payload, ack });
      return this;
    }
    const reply = this.answers.get(event);
    if (reply && ack) {
      const response = reply(payload as never);
      queueMicrotask(() => ack(response));
    }
    return this;
  }

  emitWithAck(event: ClientEvent, payload: unknown): Promise<unknown> {
    return new Promise((resolve) => this.emit(event, payload, resolve));
  }

  /** No timers: an unanswered event simply never resolves. */
  timeout(_ms: number): this {
    return this;
  }

  connect(): this {
    this.connected = true;
    return this;
  }

  disconnect(): this {
    this.connected = false;
    return this;
  }

  /** The connection drops (e.g. the hall's Wi-Fi): `disconnect` reaches the page. */
  drop(): void {
    this.connected = false;
    this.listeners.get('disconnect')?.forEach((listener) => listener('transport close'));
  }

  /** The connection is back: `connect` reaches the page. */
  reconnect(): void {
    this.connected = true;
    this.listeners.get('connect')?.forEach((listener) => listener());
  }
}

/** Puts a new FakeSocket in the place of the app's socket; `uninstall` in afterEach. */
export function installFakeSocket(): FakeSocket {
  const fake = new FakeSocket();
  setSocketForTests(fake as unknown as ChatSocket);
  return fake;
}

export function uninstallFakeSocket(): void {
  setSocketForTests(null);
}
