import { reportError } from '@integrates/logging';
import { settle, type Task } from './task';
import { isTimeoutError, withTimeout } from './timeout';

const pending = new Set<Promise<unknown>>();

/**
 * Fire and forget: starts the task on the next microtask and returns at once. A failure is reported
 * through the logging library's reportError (with the request context the caller was in), never as an
 * unhandled rejection. The returned promise never rejects; awaiting it is optional.
 */
export const schedule = <T>(task: Task<T>, name = 'scheduled task'): Promise<PromiseSettledResult<T>> => {
  const tracked = Promise.resolve()
    .then(() => settle(task))
    .then((outcome) => {
      if (outcome.status === 'rejected') reportError(outcome.reason, { task: name });
      return outcome;
    })
    .finally(() => pending.delete(tracked));
  pending.add(tracked);
  return tracked;
};

/** How many scheduled tasks have not finished yet. */
export const pendingTasks = (): number => pending.size;

export interface DrainResult {
  /** True when every scheduled task finished within the bound. */
  readonly finished: boolean;
  /** Tasks still running when drain returned. */
  readonly pending: number;
}

/**
 * Waits for scheduled tasks, including ones scheduled while waiting, for at most `timeoutMs`
 * (graceful shutdown calls it before closing the store). It never rejects.
 */
export const drain = async (timeoutMs: number): Promise<DrainResult> => {
  const deadline = performance.now() + timeoutMs;
  while (pending.size > 0) {
    const left = deadline - performance.now();
    if (left <= 0) return { finished: false, pending: pending.size };
    try {
      await withTimeout(Promise.all(pending), left);
    } catch (error) {
      if (isTimeoutError(error)) return { finished: false, pending: pending.size };
      throw error;
    }
  }
  return { finished: true, pending: 0 };
};
