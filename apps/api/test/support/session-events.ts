import type { AuthResponse, SessionRevokedEvent } from '@jcc/contracts';
import type TestAgent from 'supertest/lib/agent';
import type { ChatClientSocket } from './chat-socket';
import { PASSWORD } from './factories';

export interface Revocation {
  reason: string;
  disconnect: string;
  /** When the client saw the disconnect (Date.now()). */
  at: number;
}

/**
 * Milliseconds from the action's answer to the disconnect (≤ 0: the socket was gone before the
 * answer arrived). Measured from the answer, not the request: a password change spends most of
 * its time hashing, which is the action itself, not the revocation's latency.
 */
export const lagAfter = (answeredAt: number, revocation: Revocation) => revocation.at - answeredAt;

/** Resolves with the reason once the server revoked the session and the socket is disconnected. */
export function revoked(socket: ChatClientSocket): Promise<Revocation> {
  // No timer of its own: a socket that is never disconnected fails the test at jest's timeout.
  return new Promise((resolve) => {
    let reason: string | null = null;
    socket.once('session:revoked', (event: SessionRevokedEvent) => {
      reason = event.reason;
    });
    socket.once('disconnect', (disconnect) => {
      resolve({
        reason: reason ?? '(no session:revoked event)',
        disconnect,
        at: Date.now(),
      });
    });
  });
}

/** A new login (another device) of an account whose password is the factories' one. */
export async function signIn(
  http: TestAgent,
  email: string,
  password = PASSWORD,
): Promise<AuthResponse> {
  const response = await http.post('/api/auth/login').send({ email, password }).expect(200);
  return response.body as AuthResponse;
}
