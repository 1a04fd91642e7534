import assert from 'node:assert/strict';

/** Polls `read` until `check` passes (or the time is up) and returns the last value read. */
export async function eventually(read, check, { timeout = 10_000, message = 'condition' } = {}) {
  const started = Date.now();
  let last;
  for (;;) {
    last = await read();
    try {
      check(last);
      return last;
    } catch (error) {
      if (Date.now() - started > timeout) {
        throw new Error(`${message} not met within ${timeout} ms: ${error.message}`, {
          cause: error,
        });
      }
    }
    await new Promise((resolve) => globalThis.setTimeout(resolve, 100));
  }
}

export { assert };
