import { useReadMarks } from './use-read-marks';
import { useThreadHistory } from './use-thread-history';
import { useThreadLiveEvents } from './use-thread-live-events';
import { useThreadOfflineCopy } from './use-thread-offline-copy';
import { useThreadSending } from './use-thread-sending';
import { useThreadStore } from './use-thread-store';
import { useThreadSync } from './use-thread-sync';

/**
 * A live thread: history over HTTP, new messages, typing and read marks over the socket, sends
 * with an ack (a clientId makes a retry safe), and a sync from the last seq on every reconnect
 * or gap, so nothing is lost while the connection was down. Written messages wait in a
 * persisted outbox until acked; the last messages are kept for reading offline. Each job is its own hook; they share
 * one store (the reducer's state) and nothing else.
 */
export function useThread(conversationId: string, myUserId: string) {
  const [state, store] = useThreadStore(conversationId);
  const sync = useThreadSync(store);
  const history = useThreadHistory(store, sync);
  const othersTyping = useThreadLiveEvents(store, myUserId, sync);
  useReadMarks(conversationId, state.messages[state.messages.length - 1]?.seq);
  const sending = useThreadSending(store, myUserId);
  useThreadOfflineCopy(store);

  return {
    state,
    othersTyping,
    loadingOlder: history.loadingOlder,
    send: sending.send,
    retry: sending.retry,
    discard: sending.discard,
    notifyTyping: sending.notifyTyping,
    loadOlder: history.loadOlder,
    reload: history.reload,
  };
}
