/** ISO-8601 UTC with milliseconds, the format of every stored date. */
export const isoNow = (now: number = Date.now()): string => new Date(now).toISOString();

/**
 * The modified date of a new state: now, but always strictly after the state it replaces, so that
 * historic sort keys of one entity never collide and sort in commit order.
 */
export const nextModifiedDate = (previous: string | undefined, now: number = Date.now()): string => {
  const floor = previous === undefined ? Number.NEGATIVE_INFINITY : Date.parse(previous) + 1;
  return isoNow(Math.max(now, floor));
};
