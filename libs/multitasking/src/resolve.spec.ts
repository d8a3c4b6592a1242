import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from './resolve';

const delayed = (value: string, ms: number, log?: string[]) => async () => {
  log?.push(`start ${value}`);
  await sleep(ms);
  log?.push(`end ${value}`);
  return value;
};

const all = async <T>(iterable: AsyncIterable<T>): Promise<T[]> => {
  const values: T[] = [];
  for await (const value of iterable) values.push(value);
  return values;
};

describe('resolve', () => {
  it('yields results as they complete', async () => {
    const tasks = [delayed('slow', 60), delayed('fast', 1), delayed('medium', 25)];
    expect(await all(resolve(tasks, { workers: 3 }))).toEqual(['fast', 'medium', 'slow']);
  });

  it('keeps at most `workers` in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const tasks = Array.from({ length: 12 }, (_, index) => async () => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await sleep((index % 4) + 1);
      inFlight -= 1;
      return index;
    });
    const values = await all(resolve(tasks, { workers: 3 }));
    expect(most).toBe(3);
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, index) => index));
  });

  it('throws the first failure after the running tasks settle, starting no new one', async () => {
    const log: string[] = [];
    const tasks = [
      delayed('a', 1, log),
      async () => {
        await sleep(5);
        throw new Error('b failed');
      },
      delayed('c', 30, log),
      delayed('d', 20, log),
      delayed('e', 1, log),
    ];
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const value of resolve(tasks, { workers: 3 })) seen.push(value);
      })(),
    ).rejects.toThrow('b failed');
    expect(seen).toEqual(['a']);
    expect(log).toEqual(['start a', 'start c', 'end a', 'start d', 'end d', 'end c']);
  });

  it('stops starting tasks when the consumer leaves early, and waits for the running ones', async () => {
    const log: string[] = [];
    const tasks = ['a', 'b', 'c', 'd', 'e'].map((name, index) => delayed(name, index * 10 + 1, log));
    for await (const value of resolve(tasks, { workers: 2 })) {
      expect(value).toBe('a');
      break;
    }
    expect(log).toEqual(['start a', 'start b', 'end a', 'start c', 'end b', 'end c'].slice(0, log.length));
    expect(log.filter((entry) => entry.startsWith('start'))).toEqual(['start a', 'start b', 'start c']);
    expect(log.filter((entry) => entry.startsWith('end'))).toHaveLength(3);
  });
});
