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
    socket: {
      connectTimeout: 5000,
      reconnectStrategy: (retries, cause) =>
        connected ? Math.min(100 * 2 ** retries, 3000) : retries >= 3 ? cause : 200,
    },
  });
  client.on('error', (error: Error) => logger.warn(`Redis: ${error.message}`));
  // The adapter makes its stream readers with duplicate(); they block in XREAD for seconds, so
  // they are kept here and destroyed at shutdown instead of waiting for their read to time out.
  const readers: { destroy(): void }[] = [];
  const duplicate = client.duplicate.bind(client);
  Object.assign(client, {
    duplicate: (...args: Parameters<typeof duplicate>) => {
      const reader = duplicate(...args);
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
