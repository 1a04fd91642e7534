import { PerSocketQueue } from './per-socket-queue';

describe('PerSocketQueue', () => {
  const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs one key’s tasks in order, even when earlier ones are slower or fail', async () => {
    const queue = new PerSocketQueue<object>();
    const key = {};
    const done: number[] = [];
    const results = await Promise.allSettled([
      queue.run(key, async () => {
        await tick(20);
        done.push(1);
      }),
      queue.run(key, () => {
        done.push(2);
        return Promise.reject(new Error('boom'));
      }),
      queue.run(key, async () => {
        await tick(1);
        done.push(3);
      }),
    ]);
    expect(done).toEqual([1, 2, 3]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('lets different keys run side by side', async () => {
    const queue = new PerSocketQueue<object>();
    const done: string[] = [];
    await Promise.all([
      queue.run({}, async () => {
        await tick(20);
        done.push('slow');
      }),
      queue.run({}, () => {
        done.push('fast');
        return Promise.resolve();
      }),
    ]);
    expect(done).toEqual(['fast', 'slow']);
  });
});
