import { backoffDelay, retry, type RetryEvent } from './retry';

const failingTimes = (failures: number, error: () => Error = () => new Error('flaky')) => {
  const attempts: number[] = [];
  const fn = async (attempt: number) => {
    attempts.push(attempt);
    if (attempts.length <= failures) throw error();
    return 'ok';
  };
  return { fn, attempts };
};

describe('retry', () => {
  it('retries until it succeeds, with exponential backoff', async () => {
    const { fn, attempts } = failingTimes(3);
    const events: RetryEvent[] = [];
    const started = performance.now();
    expect(await retry(fn, { retries: 5, backoff: 10, onRetry: (event) => events.push(event) })).toBe('ok');
    expect(attempts).toEqual([1, 2, 3, 4]);
    expect(events.map(({ attempt, delayMs }) => [attempt, delayMs])).toEqual([
      [1, 10],
      [2, 20],
      [3, 40],
    ]);
    // It really waited between the attempts (timers never fire more than a millisecond early).
    expect(performance.now() - started).toBeGreaterThanOrEqual(70 - 3);
  });

  it('throws the last error once the retries are spent', async () => {
    let count = 0;
    const fn = async () => {
      count += 1;
      throw new Error(`failure ${count}`);
    };
    await expect(retry(fn, { retries: 2, backoff: 1 })).rejects.toThrow('failure 3');
    expect(count).toBe(3);
  });

  it('does not retry errors retryOn rejects', async () => {
    const { fn, attempts } = failingTimes(5, () => Object.assign(new Error('bad input'), { code: 'INVALID' }));
    const retryOn = (error: unknown) => (error as { code?: string }).code === 'THROTTLED';
    await expect(retry(fn, { retries: 5, backoff: 1, retryOn })).rejects.toThrow('bad input');
    expect(attempts).toEqual([1]);
  });

  it('with no retries makes exactly one attempt', async () => {
    const { fn, attempts } = failingTimes(1);
    await expect(retry(fn, { retries: 0 })).rejects.toThrow('flaky');
    expect(attempts).toEqual([1]);
  });

  it('caps the backoff and spreads it with jitter', () => {
    expect(backoffDelay(10, { backoff: 100, maxDelay: 1000 })).toBe(1000);
    expect(backoffDelay(3, { backoff: 100, jitter: 1 }, () => 0)).toBe(400);
    expect(backoffDelay(3, { backoff: 100, jitter: 1 }, () => 0.75)).toBe(100);
    expect(backoffDelay(3, { backoff: 100, jitter: 0.5 }, () => 1)).toBe(200);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(4, { backoff: 100, jitter: 1 })));
    expect(spread.size).toBeGreaterThan(1);
    for (const delay of spread) {
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(800);
    }
  });

  it('refuses nonsense options', async () => {
    await expect(retry(async () => 1, { retries: -1 })).rejects.toThrow('retries must be a whole number of at least 0');
    await expect(retry(async () => 1, { retries: 1, jitter: 2 })).rejects.toThrow('jitter must be from 0 to 1');
  });
});
