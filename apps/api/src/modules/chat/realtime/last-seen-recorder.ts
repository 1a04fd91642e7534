import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { PRESENCE_HEARTBEAT_MS } from '../digests/digest-timing';
import { UserPresenceRepository } from './user-presence.repository';

/**
 * Keeps `user_presence` current for the users connected to this process: seen at connect, at
 * disconnect, and every minute in between. A process that dies stops touching its users, so they
 * fall offline by themselves; no process has to know about the others' sockets.
 */
@Injectable()
export class LastSeenRecorder implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(LastSeenRecorder.name);
  /** Sockets per user on this process. */
  private readonly sockets = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly presence: UserPresenceRepository) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.touch([...this.sockets.keys()]),
      PRESENCE_HEARTBEAT_MS,
    );
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
  }

  connected(userId: string): Promise<void> {
    this.sockets.set(userId, (this.sockets.get(userId) ?? 0) + 1);
    return this.touch([userId]);
  }

  disconnected(userId: string): Promise<void> {
    const left = (this.sockets.get(userId) ?? 1) - 1;
    if (left > 0) {
      this.sockets.set(userId, left);
    } else {
      this.sockets.delete(userId);
    }
    return this.touch([userId]);
  }

  private async touch(userIds: string[]): Promise<void> {
    try {
      await this.presence.touch(userIds);
    } catch (error) {
      // A missed touch only makes a user look offline sooner: never worth failing a socket.
      this.logger.warn(`last-seen update failed: ${String(error)}`);
    }
  }
}
