import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_TABLE } from './engine';
import { answersOk, runToEnd, startProcess, tailOf, waitUntil, type Started } from './processes';

export const API_MAIN = 'dist/apps/integrates-api/main.js';
const BUILD_TIMEOUT_MS = 5 * 60_000;

export interface RunningApi {
  readonly url: string;
  readonly process: Started;
  readonly logFile: string;
}

/** `npx nx run integrates-api:build`: the production bundle the API is served from. */
export const buildApi = async (outputDir: string): Promise<void> => {
  await runToEnd({
    name: 'integrates-api:build',
    command: 'npx',
    args: ['nx', 'run', 'integrates-api:build', '--skip-nx-cache'],
    env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    logFile: join(outputDir, 'build.log'),
    timeoutMs: BUILD_TIMEOUT_MS,
  });
  if (!existsSync(API_MAIN)) throw new Error(`the build finished without ${API_MAIN}`);
};

/** The URL the API says it listens on (it picks a free port: PORT=0). */
const listeningUrl = (logFile: string): string | undefined => {
  const match = /Integrates API listening on (http:\/\/127\.0\.0\.1:\d+)\/api/.exec(readFileSync(logFile, 'utf8'));
  return match?.[1];
};

/**
 * The production build as it would be deployed (ENVIRONMENT=production, allow-listed operations from
 * `manifest`), pointed at the benchmark's engine, with the two changes a load test needs: rate limits
 * off, and the store-call header on.
 */
export const startApi = async (options: {
  readonly outputDir: string;
  readonly endpoint: string;
  readonly signingKey: string;
  readonly manifest: ReadonlyMap<string, string>;
  readonly cpuProf: boolean;
  /** Variables set on top of the benchmark's (a longer request timeout for the import). */
  readonly env?: Readonly<Record<string, string>>;
}): Promise<RunningApi> => {
  const manifestPath = join(options.outputDir, 'persisted-documents.json');
  writeFileSync(manifestPath, JSON.stringify(Object.fromEntries(options.manifest), null, 2));
  const logFile = join(options.outputDir, `api-${Date.now()}.log`);
  const api = startProcess({
    name: 'integrates-api',
    command: process.execPath,
    args: [...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(options.outputDir, 'cpu-profiles')}`] : []), API_MAIN],
    env: {
      ENVIRONMENT: 'production',
      HOST: '127.0.0.1',
      PORT: '0',
      DYNAMODB_ENDPOINT: options.endpoint,
      TABLE_NAME: BENCH_TABLE,
      AWS_REGION: 'us-east-1',
      DATA_DIR: join(options.outputDir, 'api-data'),
      SESSION_SIGNING_KEY: options.signingKey,
      AUDIT_LOG: 'file',
      AUDIT_LOG_PATH: join(options.outputDir, 'audit.log'),
      GRAPHQL_PERSISTED_OPERATIONS: 'allow-list',
      GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: manifestPath,
      RATE_LIMIT_USER_PER_MINUTE: '0',
      RATE_LIMIT_TOKEN_PER_MINUTE: '0',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
      EXPOSE_STORE_CALLS: 'true',
      SHUTDOWN_TIMEOUT_MS: '3000',
      ...options.env,
    },
    logFile,
  });
  let url: string | undefined;
  await waitUntil(
    api,
    async () => {
      url ??= listeningUrl(logFile);
      return url !== undefined && (await answersOk(`${url}/ready`));
    },
    30_000,
  );
  if (!url) throw new Error(`integrates-api did not say where it listens:\n${tailOf(logFile)}`);
  return { url, process: api, logFile };
};
