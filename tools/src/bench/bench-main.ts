/**
 * The platform under load, next to baselines measured in the same run.
 * Run: npx nx run tools:bench [--vulnerabilities N] [--connections 16] [--duration 10] (see options.ts)
 *
 * Starts dynalite as its own process, writes the data set through db-model, builds and starts the
 * production API, signs in with API tokens, and loads each operation with autocannon. Prints a markdown
 * table and writes tmp/bench/results-<date>.json. Every child process is stopped at the end, also on
 * error or Ctrl-C, and the whole run is bounded by a deadline.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addFinding } from '@integrates/db-model';
import { findingTitle, WEAKNESSES } from '@integrates/domain';
import { configureLogging } from '@integrates/logging';
import { availabilityOf } from './availability';
import { cpuPerRequest } from './cpu-time';
import { buildApi, startApi } from './api-process';
import { BASELINES, startBaseline, TYPENAME_BODY } from './baselines/start-baseline';
import { findingId, findingRecord, MANAGER, type DatasetSize, type WeaknessType } from './dataset-records';
import { generateDataset, type DatasetReport } from './dataset';
import { startEngine } from './engine';
import { sha256, jsonHeaders, persistedBody } from './graphql-client';
import { describeImport, LONG_REQUEST_TIMEOUT_MS, measureImport } from './import-speed';
import { runLoad } from './load';
import { OPERATIONS, type BenchOperation, type OperationContext } from './operations';
import { BenchOptionsError, includes, parseBenchOptions, type BenchOptions } from './options';
import { stopAll } from './processes';
import { signIn } from './sign-in';
import { markdownTable, writeJson, type Row } from './report';
import { uploadDocument, uploadFileDocument } from './uploads';

const log = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const WARM_UP_SECONDS = 2;
/** Uploads are slow and sequential: they get more time than the reads. */
const UPLOAD_DURATION_SECONDS = 300;
const API_TYPENAME = 'query BenchTypename { __typename }';

/**
 * The whole run's bound: setup and build, the data set by its size (about 2.3 items a vulnerability,
 * allowing 300 items/s for the engine, and its indicators read back), each operation with its warm-up,
 * the uploads, and two imports.
 */
const deadlineMs = (options: BenchOptions): number =>
  (10 * 60 + (options.vulnerabilities * 3.3) / 300 + (OPERATIONS.length + 3) * (options.duration + WARM_UP_SECONDS) + UPLOAD_DURATION_SECONDS + 25 * 60) * 1000;

/** The weakness catalogue's types, as findings carry them (`NNN. Title` and the requirements each breaks). */
const weaknessTypes = (): readonly WeaknessType[] =>
  WEAKNESSES.map((weakness) => ({ title: findingTitle(weakness), requirements: weakness.requirements }));

const measure = async (title: string, run: () => Promise<Row>): Promise<Row> => {
  log(`- ${title}`);
  try {
    const row = await run();
    if (row.status === 'measured') {
      const { result } = row;
      log(`  ${result.requestsPerSecond} req/s, p99 ${result.latencyMs.p99} ms, ${result.requests} requests, errors ${result.non2xx + result.graphqlErrors + result.transportErrors}`);
    } else {
      log(`  ${row.status}: ${row.note}`);
    }
    return row;
  } catch (error) {
    log(`  failed: ${(error as Error).message}`);
    return { title, status: 'failed', note: (error as Error).message.split('\n')[0] ?? 'failed' };
  }
};

/** The processes whose CPU time each row reports: the server measured, the engine, and this process (the load generator). */
type Pids = Readonly<Record<string, number | undefined>>;

const loadOperation = async (operation: BenchOperation, context: OperationContext, options: BenchOptions, pids: Pids): Promise<Row> => {
  const availability = availabilityOf(operation.requires, operation.documents);
  if (!availability.available) return { title: operation.title, status: availability.reason, note: availability.detail };
  const load = await operation.prepare(context);
  const spec = {
    url: context.endpoint,
    headers: load.headers,
    ...(load.body === undefined ? {} : { body: load.body }),
    ...(load.nextBody === undefined ? {} : { nextBody: load.nextBody }),
    ...(load.maxRequests === undefined ? {} : { maxRequests: load.maxRequests }),
    connections: load.connections ?? options.connections,
  };
  if (load.warmUp) await runLoad({ ...spec, durationSeconds: WARM_UP_SECONDS });
  const durationSeconds = load.itemsPerRequest ? UPLOAD_DURATION_SECONDS : options.duration;
  const { result, cpuMsPerRequest } = await cpuPerRequest(pids, () => runLoad({ ...spec, durationSeconds }));
  return {
    title: operation.title,
    status: 'measured',
    note: load.note,
    result,
    cpuMsPerRequest,
    ...(load.itemsPerRequest ? { itemsPerRequest: load.itemsPerRequest } : {}),
  };
};

/** The allow-list the API starts with: every bench document that validates against the schema. */
const manifestOf = (): ReadonlyMap<string, string> => {
  const documents = [
    API_TYPENAME,
    ...OPERATIONS.filter((operation) => availabilityOf(operation.requires, operation.documents).available).flatMap((operation) => operation.documents),
    ...[uploadDocument, uploadFileDocument].filter((document) => availabilityOf([], [document]).available),
  ];
  return new Map(documents.map((document) => [sha256(document), document]));
};

const main = async (options: BenchOptions): Promise<void> => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outputDir = resolve('tmp', 'bench', `run-${stamp}`);
  mkdirSync(outputDir, { recursive: true });
  const dataDir = options.onDisk ? mkdtempSync(join(tmpdir(), 'integrates-bench-')) : undefined;
  configureLogging({ environment: 'production', level: 'warn', audit: { target: 'file', path: join(outputDir, 'bench-audit.log') } });
  const command = `npx nx run tools:bench ${process.argv.slice(2).join(' ')}`.trim();
  log(`${command}\nnode ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(2)).join(' ')}; logs in ${outputDir}`);
  log('(shared machine: other engineers may be running tests at the same time; compare rows of one run, not runs)');

  try {
    const size: DatasetSize = { groups: options.groups, findings: options.findings, vulnerabilities: options.vulnerabilities };
    log(`\nengine: dynalite in its own process, ${dataDir ? `on disk in ${dataDir}` : 'in memory'}`);
    const engine = await startEngine(outputDir, dataDir);
    log(`data set: 1 organization, ${size.groups} groups, ${size.findings} findings, ${size.vulnerabilities.toLocaleString('en-US')} vulnerabilities with histories`);
    const types = weaknessTypes();
    const dataset: DatasetReport = await generateDataset(size, types, log);
    log(`  done in ${dataset.seconds} s (${dataset.itemsPerSecond.toLocaleString('en-US')} items/s)`);
    // Empty findings of their own for the import, so that its speed does not depend on the data set.
    const importFindings = [findingId(size.findings), findingId(size.findings + 1)] as const;
    for (const id of importFindings) await addFinding({ ...findingRecord(size, 0, types.slice(-1)), id });

    const signingKey = randomBytes(32).toString('base64url');
    const tokens = await signIn(size.groups, Buffer.from(signingKey, 'base64url'));

    if (options.skipBuild) {
      log('\nAPI: reusing the production build in dist/');
    } else {
      log('\nAPI: npx nx run integrates-api:build');
      await buildApi(outputDir);
    }
    const apiOptions = { outputDir, endpoint: engine.endpoint, signingKey, manifest: manifestOf(), cpuProf: options.cpuProf };
    let api = await startApi(apiOptions);
    const endpoint = `${api.url}/api`;
    const pids = { server: api.process.child.pid, engine: engine.process.child.pid, load: process.pid };
    log(`  production build listening on ${api.url}, signed in as ${MANAGER} with an API token\n`);
    const context: OperationContext = { endpoint, tokens, size, uploads: options.uploads, log };

    const rows: Row[] = [];
    for (const baseline of includes(options, 'baselines') ? BASELINES : []) {
      rows.push(
        await measure(baseline.title, async () => {
          const server = await startBaseline(baseline, outputDir);
          try {
            const spec = { url: server.url, headers: jsonHeaders(undefined), body: TYPENAME_BODY, connections: options.connections };
            await runLoad({ ...spec, durationSeconds: WARM_UP_SECONDS });
            const measured = await cpuPerRequest({ server: server.process.child.pid, load: process.pid }, () =>
              runLoad({ ...spec, durationSeconds: options.duration }),
            );
            return { title: baseline.title, status: 'measured', note: '{ __typename }', ...measured };
          } finally {
            await server.process.stop();
          }
        }),
      );
    }
    if (includes(options, 'typename')) rows.push(
      await measure('0. API { __typename }', async () => {
        const spec = { url: endpoint, headers: jsonHeaders(undefined), body: persistedBody(API_TYPENAME), connections: options.connections };
        await runLoad({ ...spec, durationSeconds: WARM_UP_SECONDS });
        const measured = await cpuPerRequest(pids, () => runLoad({ ...spec, durationSeconds: options.duration }));
        return { title: '0. API { __typename }', status: 'measured', note: 'anonymous, the whole middleware chain', ...measured };
      }),
    );
    for (const operation of OPERATIONS.filter(({ id }) => includes(options, id))) rows.push(await measure(operation.title, () => loadOperation(operation, context, options, pids)));

    const importResult = await measureImport({
      count: includes(options, 'import') ? options.importSize : 0,
      endpoint,
      token: tokens.hacker,
      findingIds: importFindings,
      restartWithLongTimeout: async () => {
        await api.process.stop(10_000);
        api = await startApi({ ...apiOptions, env: { REQUEST_TIMEOUT_MS: String(LONG_REQUEST_TIMEOUT_MS) } });
        return `${api.url}/api`;
      },
      log,
    });
    await api.process.stop(10_000);

    const table = markdownTable(rows);
    log(`\n${command}\n(${options.connections} connections, ${options.duration} s per operation; shared machine, numbers are indicative)\n\n${table}\n`);
    log(`Import: ${describeImport(importResult)}`);
    const resultsFile = resolve('tmp', 'bench', `results-${stamp}.json`);
    writeJson(resultsFile, {
      date: new Date().toISOString(),
      command,
      machine: { node: process.version, cpus: cpus().length, cpu: cpus()[0]?.model, loadAverageAtStart: loadavg(), shared: true },
      options,
      dataset,
      rows,
      import: importResult,
      logs: outputDir,
    });
    log(`Results: ${resultsFile}`);
  } finally {
    await stopAll();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
};

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof BenchOptionsError ? error.message : String(error)}\n`);
  process.exit(2);
}

const watchdog = setTimeout(() => {
  process.stderr.write(`The benchmark did not finish within its deadline (${Math.round(deadlineMs(options) / 60_000)} min); stopping.\n`);
  void stopAll().finally(() => process.exit(1));
}, deadlineMs(options));
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`${signal}: stopping the servers\n`);
    void stopAll().finally(() => process.exit(130));
  });
}

main(options).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
    void stopAll().finally(() => process.exit(1));
  },
);
