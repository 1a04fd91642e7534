import { randomUUID } from 'node:crypto';
import type {
  ChatMessage,
  ClientToServerEvents,
  ConnectErrorData,
  SendMessageAck,
  ServerToClientEvents,
  SyncAck,
} from '@jcc/contracts';
import { io, type ManagerOptions, type Socket, type SocketOptions } from 'socket.io-client';

export type ChatClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
/** For sending what the contract does not allow (malformed payloads). */
export type RawSocket = Socket;

const ACK_TIMEOUT_MS = 5000;

export function openSocket(
  url: string,
  token: string | undefined,
  options: Partial<ManagerOptions & SocketOptions> = {},
): ChatClientSocket {
  return io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    auth: token === undefined ? {} : { token },
    ...options,
  });
}

/** Resolves once connected; rejects with the server's refusal. */
export function connect(
  url: string,
  token: string | undefined,
  options: Partial<ManagerOptions & SocketOptions> = {},
): Promise<ChatClientSocket> {
  const socket = openSocket(url, token, options);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

export interface Refusal {
  message: string;
  data?: ConnectErrorData;
}

/** The connect_error of a handshake expected to fail. */
export async function refusalOf(
  url: string,
  token: string | undefined,
  options: Partial<ManagerOptions & SocketOptions> = {},
): Promise<Refusal> {
  try {
    const socket = await connect(url, token, options);
    socket.close();
  } catch (error) {
    return error as Refusal;
  }
  throw new Error('the handshake was accepted');
}

export function send(
  socket: ChatClientSocket,
  conversationId: string,
  body: string,
  clientId: string = randomUUID(),
  ackTimeoutMs: number = ACK_TIMEOUT_MS,
): Promise<SendMessageAck> {
  return socket
    .timeout(ackTimeoutMs)
    .emitWithAck('message:send', { conversationId, clientId, body });
}

export async function sendOk(
  socket: ChatClientSocket,
  conversationId: string,
  body: string,
  clientId?: string,
): Promise<ChatMessage> {
  const ack = await send(socket, conversationId, body, clientId);
  if (!ack.ok) {
    throw new Error(`send refused: ${ack.error.code} ${ack.error.message}`);
  }
  return ack.message;
}

export function sync(
  socket: ChatClientSocket,
  conversationId: string,
  afterSeq: number,
): Promise<SyncAck> {
  return socket
    .timeout(ACK_TIMEOUT_MS)
    .emitWithAck('conversation:sync', { conversationId, afterSeq });
}

/** Emits anything at all and waits for the ack. */
export function emitRaw(
  socket: ChatClientSocket,
  event: string,
  ...args: unknown[]
): Promise<unknown> {
  return (socket as unknown as RawSocket).timeout(ACK_TIMEOUT_MS).emitWithAck(event, ...args);
}

/** Resolves with the first `event` whose payload passes `accept`. */
export function next<E extends keyof ServerToClientEvents>(
  socket: ChatClientSocket,
  event: E,
  accept: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  type Payload = Parameters<ServerToClientEvents[E]>[0];
  const raw = socket as unknown as RawSocket;
  const name: string = event;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      raw.off(name, listener);
      reject(new Error(`no ${String(event)} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: Payload) => {
      if (accept(payload)) {
        clearTimeout(timer);
        raw.off(name, listener);
        resolve(payload);
      }
    };
    raw.on(name, listener);
  });
}

/** Collects every `message:new` a socket receives. */
export function collectMessages(socket: ChatClientSocket): ChatMessage[] {
  const received: ChatMessage[] = [];
  socket.on('message:new', ({ message }) => received.push(message));
  return received;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `condition` holds or the time is up. */
export async function eventually(
  condition: () => boolean,
  timeoutMs = 5000,
  what = 'condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`${what} not met within ${timeoutMs} ms`);
    }
    await sleep(20);
  }
}
