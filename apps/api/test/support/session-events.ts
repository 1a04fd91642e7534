import type { AuthResponse, SessionRevokedEvent } from '@jcc/contracts';
import type TestAgent from 'supertest/lib/agent';
import type { ChatClientSocket } from './chat-socket';
import { PASSWORD } from './factories';

export interface Revocation {
  reason: string;
  disconnect: string;
  /** Milliseconds from the call to the disconnect. */
  afterMs: number;
}

/** Resolves with the reason once the server revoked the session and the socket is disconnected. */
export function revoked(socket: ChatClientSocket): Promise<Revocation> {
  const start = Date.now();
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
        afterMs: Date.now() - start,
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
