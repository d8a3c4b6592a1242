import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { configureStore, ensureTable } from '@integrates/db-model';
import { freePort, startProcess, waitUntil, type Started } from './processes';

export const BENCH_TABLE = 'integrates_bench';

export interface BenchEngine {
  readonly endpoint: string;
  readonly process: Started;
}

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * dynalite in its own process (so it gets the second core), in memory or on disk under `dataDir`,
 * with the table and its indexes created and this process's store pointed at it.
 */
export const startEngine = async (outputDir: string, dataDir: string | undefined): Promise<BenchEngine> => {
  const port = await freePort();
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const engine = startProcess({
    name: 'dynalite',
    command: process.execPath,
    args: ['node_modules/dynalite/cli.js', '--port', String(port), '--host', '127.0.0.1', '--createTableMs', '0', ...(dataDir ? ['--path', dataDir] : [])],
    logFile: join(outputDir, 'dynalite.log'),
  });
  await waitUntil(engine, () => accepts(port), 15_000);
  const endpoint = `http://127.0.0.1:${port}`;
  configureStore({ endpoint, region: 'us-east-1', tableName: BENCH_TABLE, maxAttempts: 6 });
  await ensureTable();
  return { endpoint, process: engine };
};
