import { requireWholeNumber } from './task';

export interface RateLimit {
  /** At most this many calls start... */
  readonly maxCalls: number;
  /** ...within any window of this many milliseconds. */
  readonly periodMs: number;
}

/**
 * Wraps `fn` so that at most `maxCalls` calls start within any `periodMs` window (a sliding window);
 * further calls wait their turn in order. Each call resolves or rejects as `fn` does.
 */
export const rateLimited = <A extends readonly unknown[], R>(
  fn: (...args: A) => PromiseLike<R> | R,
  limit: RateLimit,
): ((...args: A) => Promise<R>) => {
  const maxCalls = requireWholeNumber('maxCalls', limit.maxCalls, 1);
  const periodMs = requireWholeNumber('periodMs', limit.periodMs, 1);
  // The limiter's own bookkeeping: start times within the window, and the calls waiting for a slot.
  const started: number[] = [];
  const waiting: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;

  const pump = (): void => {
    timer = undefined;
    const now = performance.now();
    while (started.length > 0 && (started[0] as number) + periodMs <= now) started.shift();
    while (waiting.length > 0 && started.length < maxCalls) {
      started.push(now);
      (waiting.shift() as () => void)();
    }
    if (waiting.length > 0) {
      // Timers may fire a little early: pump checks the window again and waits on if need be.
      timer = setTimeout(pump, Math.max(1, Math.ceil((started[0] as number) + periodMs - now)));
    }
  };

  return (...args: A): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      waiting.push(() => {
        Promise.resolve()
          .then(() => fn(...args))
          .then(resolve, reject);
      });
      if (!timer) pump();
    });
};
