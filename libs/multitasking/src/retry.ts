import { setTimeout as sleep } from 'node:timers/promises';
import { requireWholeNumber } from './task';

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  readonly attempt: number;
  readonly error: unknown;
  /** How long retry waits before the next attempt. */
  readonly delayMs: number;
}

export interface RetryOptions {
  /** Attempts after the first one. */
  readonly retries: number;
  /** The first wait in ms, doubled before each further retry; 100 unless said otherwise. */
  readonly backoff?: number;
  /** No wait is longer than this; 20 s unless said otherwise. */
  readonly maxDelay?: number;
  /**
   * The share of each wait that is random, from 0 (exactly the backoff) to 1 ("full jitter": anywhere
   * from 0 to the backoff), so that many clients throttled together do not retry together. 0 by default.
   */
  readonly jitter?: number;
  /** Which errors are worth another attempt; all by default. Others are thrown at once. */
  readonly retryOn?: (error: unknown) => boolean;
  /** Told about each failed attempt that will be retried (to log it, count it). */
  readonly onRetry?: (event: RetryEvent) => void;
}

const requireRange = (name: string, value: number, min: number, max: number): number => {
  if (!(value >= min && value <= max)) throw new RangeError(`${name} must be from ${min} to ${max} (got ${String(value)})`);
  return value;
};

/** The wait before retry number `retry` (from 1), with exponential backoff and jitter. */
export const backoffDelay = (
  retry: number,
  options: Pick<RetryOptions, 'backoff' | 'maxDelay' | 'jitter'>,
  random: () => number = Math.random,
): number => {
  const ceiling = Math.min((options.backoff ?? 100) * 2 ** (retry - 1), options.maxDelay ?? 20_000);
  return Math.round(ceiling * (1 - (options.jitter ?? 0) * random()));
};

/**
 * Calls `fn` until it succeeds, it fails with an error `retryOn` rejects, or `retries` further
 * attempts have failed; then throws the last error. `fn` receives the attempt number, from 1.
 */
export const retry = async <T>(fn: (attempt: number) => PromiseLike<T> | T, options: RetryOptions): Promise<T> => {
  const retries = requireWholeNumber('retries', options.retries, 0);
  requireRange('backoff', options.backoff ?? 100, 0, Number.MAX_SAFE_INTEGER);
  requireRange('jitter', options.jitter ?? 0, 0, 1);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await fn(attempt);
    } catch (error) {
      if (attempt > retries || (options.retryOn && !options.retryOn(error))) throw error;
      const delayMs = backoffDelay(attempt, options);
      options.onRetry?.({ attempt, error, delayMs });
      await sleep(delayMs);
    }
  }
};
