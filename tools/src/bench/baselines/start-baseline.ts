import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startProcess, waitUntil, type Started } from '../processes';

export const BASELINES = [
  { id: 'yoga-node-http', title: 'baseline: Yoga on node:http', file: 'tools/src/bench/baselines/yoga-node-http.ts' },
  { id: 'express-yoga', title: 'baseline: Express + Yoga', file: 'tools/src/bench/baselines/express-yoga.ts' },
] as const;

export const TYPENAME_BODY = JSON.stringify({ query: '{ __typename }' });

/** Starts a baseline server as its own process (like the API) and gives its GraphQL URL. */
export const startBaseline = async (
  baseline: (typeof BASELINES)[number],
  outputDir: string,
): Promise<{ readonly url: string; readonly process: Started }> => {
  const logFile = join(outputDir, `${baseline.id}.log`);
  const started = startProcess({
    name: baseline.id,
    command: process.execPath,
    args: ['-r', '@swc-node/register', baseline.file],
    env: { SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'production' },
    logFile,
  });
  let url: string | undefined;
  await waitUntil(
    started,
    async () => {
      url = /listening on (http:\/\/127\.0\.0\.1:\d+\/api)/.exec(readFileSync(logFile, 'utf8'))?.[1];
      return url !== undefined;
    },
    30_000,
  );
  if (!url) throw new Error(`${baseline.id} did not say where it listens`);
  return { url, process: started };
};
