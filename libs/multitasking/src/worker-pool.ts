import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

/** The exports of a worker module: each takes one structured-cloneable input. */
// `never` parameters accept functions of any single parameter type.
export type WorkerModule = Readonly<Record<string, (input: never) => unknown>>;

export interface WorkerPool<M extends WorkerModule> {
  /** Runs the module's export `name` on a worker thread; input and result are structured-cloned. */
  readonly run: <K extends keyof M & string>(name: K, input: Parameters<M[K]>[0]) => Promise<Awaited<ReturnType<M[K]>>>;
  /** The most threads the pool will start. */
  readonly maxThreads: number;
  /** Lets running tasks finish, then stops the threads. */
  readonly close: () => Promise<void>;
}

export interface WorkerPoolOptions {
  /** The number of CPUs unless said otherwise. */
  readonly maxThreads?: number;
  /** How long an idle thread stays up, so the next task does not pay for starting one; 30 s by default. */
  readonly idleTimeoutMs?: number;
}

/**
 * A pool of worker threads for CPU-heavy work, through piscina. Closures cannot cross threads, so the
 * work lives in a module of its own: `filename` is its absolute path, and its exports are the tasks.
 * The app is bundled, so a worker module must also be an entry point of its build (`additionalEntryPoints`
 * of the esbuild target) and be named by its built path, `join(__dirname, 'name.worker.js')`; a `.ts`
 * module (tests) is compiled on the fly with @swc-node/register.
 */
export const createWorkerPool = <M extends WorkerModule>(filename: string, options: WorkerPoolOptions = {}): WorkerPool<M> => {
  const maxThreads = options.maxThreads ?? Math.max(1, availableParallelism());
  // The filename goes with each task, not here: given here, piscina preloads the module's default
  // export, finds none, and falls back to an ESM import that fails for a `.ts` module.
  const pool = new Piscina({
    minThreads: 0,
    maxThreads,
    idleTimeout: options.idleTimeoutMs ?? 30_000,
    ...(filename.endsWith('.ts') ? { execArgv: [...process.execArgv, '-r', '@swc-node/register'] } : {}),
  });
  return {
    run: (name, input) => pool.run(input, { filename, name }) as Promise<never>,
    maxThreads,
    close: () => pool.close(),
  };
};
