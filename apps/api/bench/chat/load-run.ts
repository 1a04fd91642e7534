import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { ClientToServerEvents, SendMessageAck, ServerToClientEvents } from '@jcc/contracts';
import { io, type Socket } from 'socket.io-client';
import type { BenchSession } from './bench-protocol';
import { summarize, type LatencySummary } from './latency-stats';

type BenchSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface LoadResult {
  sent: number;
  acked: number;
  /** Error acks and sends without an answer, by code. */
  failures: Record<string, number>;
  delivered: number;
  /** Acknowledged messages the partner never received. */
  lost: number;
  /** Receipts beyond the first of a message. */
  duplicated: number;
  /** Receipts on a socket outside the message's conversation (must be 0). */
  misdelivered: number;
  /** Conversations in which the partner received every acknowledged message, of all. */
  conversationsComplete: number;
  conversations: number;
  /** Deliveries per second, from the first send to the last receipt. */
  throughput: number;
  latency: LatencySummary;
  ackLatency: LatencySummary;
}

const CONNECT_BATCH = 50;
const ACK_TIMEOUT_MS = 10_000;
const DRAIN_MS = 10_000;
const BODY = 'Salam! Bench message from Sialkot to Baku about footballs, HS 9506.';

/**
 * Every client sends `rate` messages a second to its pair's conversation, starting at a random
 * phase, for `durationS` seconds; the partner's receipt time minus the send time is the latency.
 * Both ends live in this process, so one clock measures both.
 */
export async function runLoad(
  url: string,
  sessions: BenchSession[],
  options: { durationS: number; rate: number },
): Promise<LoadResult> {
  const sockets = await connectAll(url, sessions);
  const sentAt = new Map<string, number>();
  /** The conversation each message was sent to: a receipt counts only there. */
  const sentTo = new Map<string, string>();
  const receipts = new Map<string, number>();
  let misdelivered = 0;
  const acked = new Set<string>();
  const failures: Record<string, number> = {};
  const latencies: number[] = [];
  const ackLatencies: number[] = [];
  let answered = 0;
  let firstSend = Number.POSITIVE_INFINITY;
  let lastReceipt = 0;

  sockets.forEach((socket, index) =>
    socket.on('message:new', ({ message }) => {
      const now = performance.now();
      const conversationId = sessions[index].conversationId;
      if (
        message.conversationId !== conversationId ||
        sentTo.get(message.clientId) !== conversationId
      ) {
        misdelivered += 1;
        return;
      }
      const start = sentAt.get(message.clientId);
      const seen = receipts.get(message.clientId) ?? 0;
      receipts.set(message.clientId, seen + 1);
      if (start !== undefined && seen === 0) {
        latencies.push(now - start);
        lastReceipt = now;
      }
    }),
  );

  const sendOne = (socket: BenchSocket, session: BenchSession) => {
    const clientId = randomUUID();
    const start = performance.now();
    firstSend = Math.min(firstSend, start);
    sentAt.set(clientId, start);
    sentTo.set(clientId, session.conversationId);
    socket
      .timeout(ACK_TIMEOUT_MS)
      .emitWithAck('message:send', { conversationId: session.conversationId, clientId, body: BODY })
      .then(
        (ack: SendMessageAck) => {
          if (ack.ok) {
            acked.add(clientId);
            ackLatencies.push(performance.now() - start);
          } else {
            failures[ack.error.code] = (failures[ack.error.code] ?? 0) + 1;
          }
        },
        () => {
          failures.no_ack = (failures.no_ack ?? 0) + 1;
        },
      )
      .finally(() => {
        answered += 1;
      });
  };

  const interval = 1000 / options.rate;
  const until = performance.now() + options.durationS * 1000;
  const timers = sockets.map((socket, i) => {
    const timer: { handle?: NodeJS.Timeout } = {};
    timer.handle = setTimeout(() => {
      const tick = () => {
        if (performance.now() >= until) {
          return;
        }
        sendOne(socket, sessions[i]);
        timer.handle = setTimeout(tick, interval);
      };
      tick();
    }, Math.random() * interval);
    return timer;
  });
  await sleep(options.durationS * 1000 + interval);
  timers.forEach((timer) => clearTimeout(timer.handle));

  const drainUntil = performance.now() + DRAIN_MS;
  while (
    performance.now() < drainUntil &&
    (answered < sentAt.size || [...acked].some((clientId) => !receipts.has(clientId)))
  ) {
    await sleep(50);
  }
  sockets.forEach((socket) => socket.close());

  const duplicated = [...receipts.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
  const unanswered = sentAt.size - answered;
  if (unanswered > 0) {
    failures.unanswered = unanswered;
  }
  const conversations = new Set(sessions.map((session) => session.conversationId));
  const incomplete = new Set(
    [...acked].filter((clientId) => !receipts.has(clientId)).map((id) => sentTo.get(id)),
  );
  return {
    misdelivered,
    conversations: conversations.size,
    conversationsComplete: [...conversations].filter((id) => !incomplete.has(id)).length,
    sent: sentAt.size,
    acked: acked.size,
    failures,
    delivered: latencies.length,
    lost: [...acked].filter((clientId) => !receipts.has(clientId)).length,
    duplicated,
    throughput: latencies.length / ((lastReceipt - firstSend) / 1000),
    latency: summarize(latencies),
    ackLatency: summarize(ackLatencies),
  };
}

async function connectAll(url: string, sessions: BenchSession[]): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = [];
  for (let start = 0; start < sessions.length; start += CONNECT_BATCH) {
    const batch = sessions.slice(start, start + CONNECT_BATCH);
    sockets.push(...(await Promise.all(batch.map((session) => connectOne(url, session)))));
  }
  return sockets;
}

function connectOne(url: string, session: BenchSession): Promise<BenchSocket> {
  const socket: BenchSocket = io(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    // The bare server reads the pairing from here; the app ignores all but the token.
    auth: { token: session.token, conversationId: session.conversationId, userId: session.userId },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => reject(new Error(`connect failed: ${error.message}`)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
