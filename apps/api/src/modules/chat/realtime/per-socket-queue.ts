/**
 * Runs the tasks of one socket one after another, in the order its packets arrived. Nest hands a
 * socket's events to their handlers concurrently; for `message:send` that would let two messages
 * a user sent in order race for the conversation lock and get seqs in the other order.
 */
export class PerSocketQueue<K extends object> {
  private readonly tails = new WeakMap<K, Promise<unknown>>();

  run<T>(key: K, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    this.tails.set(
      key,
      result.catch(() => undefined),
    );
    return result;
  }
}
