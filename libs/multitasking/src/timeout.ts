/** A promise did not settle in time. */
export class TimeoutError extends Error {
  readonly code = 'TIMEOUT';
  readonly timeoutMs: number;

  constructor(timeoutMs: number, what = 'The operation') {
    super(`${what} did not finish within ${timeoutMs} ms`);
    this.name = 'TimeoutError';
    this.timeoutMs = timeoutMs;
  }
}

export const isTimeoutError = (error: unknown): error is TimeoutError => error instanceof TimeoutError;

/**
 * Settles like `promise`, or rejects with a TimeoutError after `ms`. The work itself is not
 * cancelled (promises cannot be); the timer is cleared as soon as the promise settles.
 */
export const withTimeout = <T>(promise: PromiseLike<T>, ms: number, what?: string): Promise<T> => {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`timeout must be a number of milliseconds >= 0 (got ${String(ms)})`);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(ms, what)), ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
};
