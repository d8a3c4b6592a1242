import { requireWholeNumber, settle, type Task } from './task';

export interface CollectOptions {
  /** At most this many tasks in flight; 32 unless said otherwise. */
  readonly workers?: number;
  /** Return every outcome instead of failing on the first error. */
  readonly settle?: boolean;
}

export const DEFAULT_WORKERS = 32;

/**
 * Runs the tasks with at most `workers` in flight and returns their results in input order. On the
 * first failure it starts no new task, waits for the running ones to settle, and rejects with that
 * failure; with `settle: true` it runs them all and returns each outcome, like Promise.allSettled.
 */
export function collect<T>(
  tasks: readonly Task<T>[],
  options: CollectOptions & { readonly settle: true },
): Promise<PromiseSettledResult<T>[]>;
export function collect<T>(tasks: readonly Task<T>[], options?: CollectOptions & { readonly settle?: false }): Promise<T[]>;
export async function collect<T>(
  tasks: readonly Task<T>[],
  options: CollectOptions = {},
): Promise<T[] | PromiseSettledResult<T>[]> {
  const workers = requireWholeNumber('workers', options.workers ?? DEFAULT_WORKERS, 1);
  const outcomes: PromiseSettledResult<T>[] = [];
  let next = 0;
  let failure: PromiseRejectedResult | undefined;

  // Each lane takes the next task as soon as its previous one settles.
  const lane = async (): Promise<void> => {
    while (next < tasks.length && (options.settle || !failure)) {
      const index = next;
      next += 1;
      const outcome = await settle(tasks[index] as Task<T>);
      outcomes[index] = outcome;
      if (outcome.status === 'rejected') failure ??= outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.min(workers, tasks.length) }, lane));

  if (options.settle) return outcomes;
  if (failure) throw failure.reason;
  return outcomes.map((outcome) => (outcome as PromiseFulfilledResult<T>).value);
}
