import { AsyncLocalStorage } from 'node:async_hooks';

/** Store calls counted per command name (GetItem, BatchGetItem, Query ...). */
export type StoreCallCounts = Readonly<Record<string, number>>;

interface Counter {
  readonly counts: Map<string, number>;
}

const scope = new AsyncLocalStorage<Counter>();
const totals = new Map<string, number>();

const toRecord = (counts: Map<string, number>): StoreCallCounts => Object.fromEntries(counts);

/** Called by the store client for every command it sends (not for SDK-internal retries). */
export const recordStoreCall = (commandName: string): void => {
  const name = commandName.replace(/Command$/, '');
  totals.set(name, (totals.get(name) ?? 0) + 1);
  const counter = scope.getStore();
  if (counter) counter.counts.set(name, (counter.counts.get(name) ?? 0) + 1);
};

/**
 * Runs `fn` and counts the store calls made by it and by everything it awaits or starts, without
 * seeing the calls of work running concurrently outside it (a request, a benchmark operation).
 */
export const countStoreCalls = async <T>(fn: () => Promise<T>): Promise<{ result: T; calls: StoreCallCounts; total: number }> => {
  const counter: Counter = { counts: new Map() };
  const result = await scope.run(counter, fn);
  const calls = toRecord(counter.counts);
  return { result, calls, total: Object.values(calls).reduce((sum, n) => sum + n, 0) };
};

/** Starts counting for the rest of the current async context (used per HTTP request). */
export const startStoreCallCounting = (): (() => StoreCallCounts) => {
  const counter: Counter = { counts: new Map() };
  scope.enterWith(counter);
  return () => toRecord(counter.counts);
};

/** The counting scope the caller runs in (a request, a measured function), or undefined outside any. */
export const currentCallScope = (): object | undefined => scope.getStore();

/** Every store call this process made, by command, since it started. */
export const totalStoreCalls = (): StoreCallCounts => toRecord(totals);
