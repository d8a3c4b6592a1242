/** Tasks for the worker-pool tests; loaded by a worker thread. */
import { threadId } from 'node:worker_threads';

/** Keeps a CPU busy for about `ms` milliseconds (hashing-like arithmetic) and says how many rounds it did. */
export const spin = (ms: number): number => {
  const end = performance.now() + ms;
  let rounds = 0;
  let state = 1;
  while (performance.now() < end) {
    for (let step = 0; step < 10_000; step += 1) state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    rounds += 1;
  }
  return rounds + (state % 1);
};

export const double = (n: number): number => n * 2;

export const currentThread = (_input: undefined): number => threadId;

export const fail = (message: string): never => {
  throw new Error(message);
};
