import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { aMember } from '@/testing/msw/fixtures';
import { loadFirstData } from './first-data';

describe('loadFirstData', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves once the answers the page asked for are in', async () => {
    let answer: () => void = () => undefined;
    const prefetch = vi.fn(() => [new Promise<void>((resolve) => (answer = resolve))]);
    let done = false;
    const loading = loadFirstData(
      prefetch,
      new QueryClient(),
      aMember(),
      new URLSearchParams(),
    ).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    answer();
    await loading;
    expect(prefetch).toHaveBeenCalledTimes(1);
  });

  it('waits no longer than its limit for a slow answer (the page shows its own loading)', async () => {
    vi.useFakeTimers();
    const never = new Promise<void>(() => undefined);
    let done = false;
    void loadFirstData(
      () => [never],
      new QueryClient(),
      aMember(),
      new URLSearchParams(),
      { wait: 1500 },
    ).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(1499);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('a failed answer does not hold the page back either', async () => {
    await expect(
      loadFirstData(
        () => [Promise.reject(new Error('offline'))],
        new QueryClient(),
        aMember(),
        new URLSearchParams(),
      ),
    ).resolves.toBeUndefined();
  });

  it('asks nothing for a visitor nobody is signed in as, nor for a page without first data', async () => {
    const prefetch = vi.fn(() => []);
    await loadFirstData(prefetch, new QueryClient(), null, new URLSearchParams());
    expect(prefetch).not.toHaveBeenCalled();
    await expect(
      loadFirstData(undefined, new QueryClient(), aMember(), new URLSearchParams()),
    ).resolves.toBeUndefined();
  });
});
