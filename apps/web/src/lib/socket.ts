import type { ClientToServerEvents, ServerToClientEvents } from '@jcc/contracts';
import { useSyncExternalStore } from 'react';
import { io, type Socket } from 'socket.io-client';

import { refreshTokens } from './api-client';
import { session } from './session';
import { showSessionRevoked } from './session-revoked';

export type ChatSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type SocketStatus = 'idle' | 'connecting' | 'connected' | 'offline';

/**
 * One socket.io connection per signed-in tab. The handshake reads the current access token each
 * time it connects; an expired token is refreshed through the same single refresh path as HTTP.
 * The browser's offline/online events drop and re-open the connection at once (socket.io's own
 * heartbeat would take ~45 s to notice); on every (re)connect the chat syncs what it missed.
 */
let socket: ChatSocket | null = null;
let status: SocketStatus = 'idle';
const listeners = new Set<() => void>();

function setStatus(next: SocketStatus): void {
  if (status !== next) {
    status = next;
    listeners.forEach((listener) => listener());
  }
}

function createSocket(): ChatSocket {
  const created: ChatSocket = io({
    path: '/socket.io',
    autoConnect: false,
    reconnectionDelayMax: 5_000,
    auth: (callback) => callback({ token: session.getAccessToken() }),
  });
  created.on('connect', () => setStatus('connected'));
  created.on('disconnect', () => setStatus(navigator.onLine ? 'connecting' : 'offline'));
  created.on('connect_error', (error) => {
    setStatus(navigator.onLine ? 'connecting' : 'offline');
    const code = (error as Error & { data?: { code?: string } }).data?.code ?? error.message;
    if (code === 'unauthorized' || code === 'token_expired') {
      void reconnectWithFreshToken();
    }
  });
  created.on('session:expired', () => void reconnectWithFreshToken());
  // A revoked login fails its refresh too, which sends the user to sign-in; a role change does not.
  created.on('session:revoked', ({ reason }) => {
    showSessionRevoked(reason);
    if (reason !== 'logout') {
      void reconnectWithFreshToken();
    }
  });
  return created;
}

async function reconnectWithFreshToken(): Promise<void> {
  if (await refreshTokens()) {
    socket?.connect();
  }
}

function onOffline(): void {
  socket?.disconnect();
  setStatus('offline');
}

/**
 * A page reloaded offline has a refresh token but no access token yet: its handshake is refused
 * as unauthorized once the connection returns, which refreshes and connects again.
 */
function maySignIn(): boolean {
  return Boolean(session.getAccessToken() ?? session.getRefreshToken());
}

function onOnline(): void {
  if (socket && !socket.connected && maySignIn()) {
    setStatus('connecting');
    socket.connect();
  }
}

export function getSocket(): ChatSocket {
  socket ??= createSocket();
  return socket;
}

/**
 * Puts a stand-in in the place of the tab's socket: component tests drive the chat through a
 * small fake (src/testing/fake-socket.ts) instead of a server. null forgets it again.
 */
export function setSocketForTests(replacement: ChatSocket | null): void {
  socket = replacement;
}

export function connectSocket(): ChatSocket {
  const current = getSocket();
  // Also while offline: the socket connects when the browser says the connection is back.
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  if (!current.connected && maySignIn()) {
    if (navigator.onLine) {
      setStatus('connecting');
      current.connect();
    } else {
      setStatus('offline');
    }
  }
  return current;
}

export function disconnectSocket(): void {
  window.removeEventListener('offline', onOffline);
  window.removeEventListener('online', onOnline);
  socket?.disconnect();
  socket = null;
  setStatus('idle');
}

export function useSocketStatus(): SocketStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => status,
    () => status,
  );
}
