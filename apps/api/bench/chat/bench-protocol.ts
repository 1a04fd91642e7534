/** One client of the bench: whom it signs in as and the conversation it talks in. */
export interface BenchSession {
  token: string;
  userId: string;
  conversationId: string;
}

/** What a server child process tells the bench once it listens. */
export interface ServerReady {
  type: 'ready';
  url: string;
  sessions: BenchSession[];
}

export interface ServerFailed {
  type: 'failed';
  error: string;
}

export type ServerMessage = ServerReady | ServerFailed;

/** What the bench sends a server child: its settings, then `stop`. */
export interface ServerStart {
  type: 'start';
  clients: number;
  databaseUrl?: string;
  messagesPerWindow?: number;
}

export interface ServerStop {
  type: 'stop';
}

export type BenchCommand = ServerStart | ServerStop;
