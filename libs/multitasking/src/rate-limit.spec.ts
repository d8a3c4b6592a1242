import { setTimeout as sleep } from 'node:timers/promises';
import { rateLimited } from './rate-limit';

describe('rateLimited', () => {
  it('starts at most maxCalls within a period and the rest later, in order', async () => {
    const starts: string[] = [];
    const call = rateLimited(async (name: string) => {
      starts.push(name);
      return name.toUpperCase();
    }, { maxCalls: 3, periodMs: 150 });
    const before = performance.now();
    const results = Promise.all(['a', 'b', 'c', 'd', 'e'].map((name) => call(name)));
    await sleep(50);
    expect(starts).toEqual(['a', 'b', 'c']);
    expect(await results).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(starts).toEqual(['a', 'b', 'c', 'd', 'e']);
    // d and e had to wait for the first window to pass.
    expect(performance.now() - before).toBeGreaterThanOrEqual(150);
  });

  it('passes failures through and still counts them', async () => {
    const call = rateLimited(async (fail: boolean) => {
      if (fail) throw new Error('failed call');
      return 'ok';
    }, { maxCalls: 1, periodMs: 20 });
    await expect(call(true)).rejects.toThrow('failed call');
    expect(await call(false)).toBe('ok');
  });

  it('refuses a limit that is not a positive whole number', () => {
    expect(() => rateLimited(() => 1, { maxCalls: 0, periodMs: 10 })).toThrow('maxCalls must be a whole number of at least 1');
  });
});
