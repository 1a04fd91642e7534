import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';

type RedisClient = ReturnType<typeof createClient>;

export interface RedisStreamsHandle {
  /** socket.io's `adapter` option. */
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
}

const logger = new Logger('RedisStreamsAdapter');

/**
 * Connects to Redis and builds the socket.io Redis Streams adapter, through which API processes
 * relay room broadcasts, joins and fetchSockets to each other. Fails fast at start when Redis is
 * unreachable: a process that silently ran alone would cut its users off from the others.
 */
export async function connectRedisStreams(
  url: string,
  prefix: string,
): Promise<RedisStreamsHandle> {
  let connected = false;
  const client: RedisClient = createClient({
    url,
    // The adapter awaits its XADD before delivering a broadcast to this process's own sockets:
    // queued while Redis is away, every local message would wait for the command timeout (5 s).
    // Refused at once instead, local delivery goes on and only other processes miss it.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries, cause) =>
        connected ? Math.min(100 * 2 ** retries, 3000) : retries >= 3 ? cause : 200,
    },
  });
  client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
  // fetchSockets and serverSideEmit PUBLISH without awaiting it: refused (Redis away, or the
  // client closed during shutdown), that rejection would be unhandled and end the process.
  const publish = client.publish.bind(client);
  Object.assign(client, {
    publish: (...args: Parameters<typeof publish>) => {
      const published = publish(...args);
      published.catch(() => undefined);
      return published;
    },
  });
  // The adapter makes its stream readers and subscriber with duplicate(). Readers block in XREAD
  // for seconds, so they are kept here and destroyed at shutdown instead of waiting for their read
  // to time out. They keep an offline queue: a reader refused at once would retry XREAD in a
  // tight loop while Redis is away; queued, it waits for the reconnection and reads on from its
  // offset.
  const readers: { destroy(): void }[] = [];
  const duplicate = client.duplicate.bind(client);
  Object.assign(client, {
    duplicate: (overrides?: Parameters<typeof duplicate>[0]) => {
      const reader = duplicate({ ...overrides, disableOfflineQueue: false });
      readers.push(reader);
      return reader;
    },
  });
  await client.connect();
  connected = true;
  const adapter = createAdapter(client, {
    streamName: `${prefix}:socket.io`,
    channelPrefix: `${prefix}:socket.io`,
    sessionKeyPrefix: `${prefix}:sio:session:`,
    // Chat events are JSON: skip the per-packet search for binary data.
    onlyPlaintext: true,
  });
  return {
    adapter,
    close: async () => {
      readers.forEach((reader) => reader.destroy());
      await client.close().catch(() => undefined);
    },
  };
}
