import { setTimeout as sleep } from 'node:timers/promises';
import { collect } from './collect';

/** Tasks that count how many of them run at once. */
const tracked = (delays: readonly number[], fail: ReadonlySet<number> = new Set()) => {
  const stats = { inFlight: 0, maxInFlight: 0, started: [] as number[] };
  const tasks = delays.map((delay, index) => async () => {
    stats.started.push(index);
    stats.inFlight += 1;
    stats.maxInFlight = Math.max(stats.maxInFlight, stats.inFlight);
    try {
      await sleep(delay);
      if (fail.has(index)) throw new Error(`task ${index} failed`);
      return index * 10;
    } finally {
      stats.inFlight -= 1;
    }
  });
  return { tasks, stats };
};

describe('collect', () => {
  it('returns results in input order whatever the completion order', async () => {
    const { tasks } = tracked([30, 5, 20, 1, 10]);
    expect(await collect(tasks, { workers: 5 })).toEqual([0, 10, 20, 30, 40]);
  });

  it.each([1, 2, 3, 7])('never has more than %i tasks in flight', async (workers) => {
    const { tasks, stats } = tracked(Array.from({ length: 20 }, (_, index) => (index * 7) % 5));
    await collect(tasks, { workers });
    expect(stats.maxInFlight).toBe(workers);
    expect(stats.started).toHaveLength(20);
  });

  it('handles no tasks and fewer tasks than workers', async () => {
    expect(await collect([], { workers: 4 })).toEqual([]);
    expect(await collect([() => 1, () => Promise.resolve(2)], { workers: 4 })).toEqual([1, 2]);
  });

  it('on the first failure starts no new task and rejects after the running ones settle', async () => {
    const { tasks, stats } = tracked([5, 50, 50, 5, 5, 5], new Set([0]));
    await expect(collect(tasks, { workers: 3 })).rejects.toThrow('task 0 failed');
    expect(stats.started).toEqual([0, 1, 2]);
    expect(stats.inFlight).toBe(0);
  });

  it('rejects with the first failure in time, not in input order', async () => {
    const { tasks } = tracked([40, 5], new Set([0, 1]));
    await expect(collect(tasks, { workers: 2 })).rejects.toThrow('task 1 failed');
  });

  it('treats a task that throws synchronously as a failure', async () => {
    await expect(
      collect([
        () => {
          throw new Error('sync');
        },
      ]),
    ).rejects.toThrow('sync');
  });

  it('with settle returns every outcome in input order', async () => {
    const { tasks, stats } = tracked([10, 1, 5, 1], new Set([1, 3]));
    const outcomes = await collect(tasks, { workers: 2, settle: true });
    expect(stats.started).toHaveLength(4);
    expect(outcomes).toEqual([
      { status: 'fulfilled', value: 0 },
      { status: 'rejected', reason: new Error('task 1 failed') },
      { status: 'fulfilled', value: 20 },
      { status: 'rejected', reason: new Error('task 3 failed') },
    ]);
  });

  it('refuses a bound that is not a positive whole number', async () => {
    await expect(collect([() => 1], { workers: 0 })).rejects.toThrow('workers must be a whole number of at least 1 (got 0)');
    await expect(collect([() => 1], { workers: 1.5 })).rejects.toThrow(RangeError);
  });
});
