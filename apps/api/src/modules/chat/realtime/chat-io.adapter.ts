import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { CHAT_LIMITS } from '@jcc/contracts';
import type { AppConfig } from '../../../config/app-config';
import { connectRedisStreams, type RedisStreamsHandle } from './redis-streams';

/**
 * @nestjs/platform-socket.io brings its own copy of socket.io; its option and server types are
 * taken from the adapter itself so that they match whichever copy that is.
 */
type NestIoOptions = NonNullable<Parameters<IoAdapter['createIOServer']>[1]>;
type NestIoServer = ReturnType<IoAdapter['createIOServer']>;

/**
 * socket.io on the API's own HTTP server, at `/socket.io`: browsers of the allowed origins may use
 * long-polling (CORS), packets over the limit close the connection, and with REDIS_URL every
 * process shares broadcasts through the Redis Streams adapter.
 */
export class ChatIoAdapter extends IoAdapter {
  constructor(
    app: INestApplicationContext,
    private readonly config: AppConfig,
    private readonly redis: RedisStreamsHandle | null,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: NestIoOptions): NestIoServer {
    const origins = this.config.allowedOrigins;
    // socket.io fills in every option left out; the cast only widens Nest's all-fields type.
    return super.createIOServer(port, {
      ...options,
      path: '/socket.io',
      serveClient: false,
      maxHttpBufferSize: CHAT_LIMITS.maxSocketPacketBytes,
      cors: origins.length > 0 ? { origin: origins, credentials: true } : undefined,
      ...(this.redis ? { adapter: this.redis.adapter } : {}),
    } as NestIoOptions);
  }

  override async dispose(): Promise<void> {
    await super.dispose();
    await this.redis?.close();
  }
}

export async function createChatIoAdapter(
  app: INestApplicationContext,
  config: AppConfig,
): Promise<ChatIoAdapter> {
  const url = config.env.REDIS_URL;
  const redis = url ? await connectRedisStreams(url, config.env.REDIS_KEY_PREFIX) : null;
  return new ChatIoAdapter(app, config, redis);
}
