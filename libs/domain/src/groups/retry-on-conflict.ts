import { ConcurrentModificationError } from '@integrates/db-model';
import { retry } from '@integrates/multitasking';

/**
 * Writes with `write(record)` under optimistic locking; when another writer got there first, reads the
 * record again and retries (a few times), so that a bulk change is not defeated by a concurrent edit.
 * `write` decides from the record it gets whether there is still something to do.
 */
export const retryOnConflict = async <R, T>(
  record: R,
  reread: () => Promise<R | undefined>,
  write: (current: R) => Promise<T>,
  absent: T,
): Promise<T> => {
  let current: R | undefined = record;
  return retry(
    async (attempt) => {
      if (attempt > 1) current = await reread();
      return current === undefined ? absent : write(current);
    },
    { retries: 3, backoff: 20, jitter: 1, retryOn: (error) => error instanceof ConcurrentModificationError },
  );
};
