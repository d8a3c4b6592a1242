import { DEFAULT_WORKERS } from './collect';
import { requireWholeNumber, settle, type Task } from './task';

/**
 * Runs the tasks with at most `workers` in flight and yields each result as soon as it is ready
 * (completion order, not input order). On a failure it starts no new task, waits for the running
 * ones and throws that failure. Leaving the loop early also waits for the running ones, so that no
 * task outlives the iteration.
 */
export async function* resolve<T>(
  tasks: readonly Task<T>[],
  options: { readonly workers?: number } = {},
): AsyncGenerator<T, void, undefined> {
  const workers = requireWholeNumber('workers', options.workers ?? DEFAULT_WORKERS, 1);
  const running = new Map<number, Promise<{ readonly index: number; readonly outcome: PromiseSettledResult<T> }>>();
  let next = 0;
  const startNext = (): void => {
    const index = next;
    next += 1;
    running.set(index, settle(tasks[index] as Task<T>).then((outcome) => ({ index, outcome })));
  };

  try {
    while (next < tasks.length && running.size < workers) startNext();
    while (running.size > 0) {
      const { index, outcome } = await Promise.race(running.values());
      running.delete(index);
      if (outcome.status === 'rejected') throw outcome.reason;
      // Start the next task before handing the result over, so a slow consumer does not idle the lanes.
      if (next < tasks.length) startNext();
      yield outcome.value;
    }
  } finally {
    await Promise.all(running.values());
  }
}
