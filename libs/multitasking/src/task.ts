/** A unit of work, started only when called: a bound on concurrency needs work that has not begun yet. */
export type Task<T> = () => PromiseLike<T> | T;

/** Runs a task, turning a synchronous throw into a rejection. */
export const start = <T>(task: Task<T>): Promise<T> => {
  try {
    return Promise.resolve(task());
  } catch (error) {
    return Promise.reject(error);
  }
};

/** Runs a task and reports its outcome without ever rejecting. */
export const settle = <T>(task: Task<T>): Promise<PromiseSettledResult<T>> =>
  start(task).then(
    (value): PromiseFulfilledResult<T> => ({ status: 'fulfilled', value }),
    (reason: unknown): PromiseRejectedResult => ({ status: 'rejected', reason }),
  );

/** Throws a RangeError naming the option unless `value` is a whole number of at least `min`. */
export const requireWholeNumber = (name: string, value: number, min: number): number => {
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be a whole number of at least ${min} (got ${String(value)})`);
  }
  return value;
};
