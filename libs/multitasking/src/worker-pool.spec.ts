import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { threadId } from 'node:worker_threads';
import type * as CpuWork from './__fixtures__/cpu-work';
import { spin } from './__fixtures__/cpu-work';
import { createWorkerPool, type WorkerPool } from './worker-pool';

/** The longest the event loop was held up (ms) while `work` ran. */
const loopDelayDuring = async (work: () => Promise<unknown>): Promise<number> => {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  // The monitor's first tick only starts its clock: let it tick before the work begins.
  await sleep(20);
  await work();
  // Let the monitor's timer run once more, or a delay at the very end goes unrecorded.
  await sleep(20);
  histogram.disable();
  return histogram.max / 1e6;
};

describe('the worker pool', () => {
  let pool: WorkerPool<typeof CpuWork>;
  beforeAll(async () => {
    pool = createWorkerPool<typeof CpuWork>(join(__dirname, '__fixtures__', 'cpu-work.ts'));
    // Start a thread (and compile the module) before anything is measured.
    await pool.run('double', 1);
  });
  afterAll(() => pool.close());

  it('is sized from the CPU count', () => {
    expect(pool.maxThreads).toBe(availableParallelism());
  });

  it('runs a named export on another thread and returns its result', async () => {
    expect(await pool.run('double', 21)).toBe(42);
    expect(await pool.run('currentThread', undefined)).not.toBe(threadId);
  });

  it('rejects with the error the task threw', async () => {
    await expect(pool.run('fail', 'worker failure')).rejects.toThrow('worker failure');
  });

  it('keeps the event loop responsive during CPU-heavy work, unlike running it inline', async () => {
    const work = 400;
    const inline = await loopDelayDuring(async () => spin(work));
    const threaded = await loopDelayDuring(async () => {
      expect(await pool.run('spin', work)).toBeGreaterThan(0);
    });
    expect(threaded * 4).toBeLessThan(inline);
  });
});
