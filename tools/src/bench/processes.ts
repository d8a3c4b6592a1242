import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

/** A child process the benchmark started; every one is stopped when the benchmark ends, however it ends. */
export interface Started {
  readonly name: string;
  readonly child: ChildProcess;
  /** Where its standard output and error go. */
  readonly logFile: string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has exited. */
  readonly stop: (graceMs?: number) => Promise<void>;
}

const running = new Set<Started>();

const exited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

/** Signals the child's process group (it leads one: spawned detached), or the child alone if that fails. */
const signalGroup = (child: ChildProcess, signal: NodeJS.Signals): void => {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
};

/** The last lines a process wrote, for error messages. */
export const tailOf = (logFile: string, lines = 15): string => {
  try {
    return readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no output)';
  }
};

export const startProcess = (spec: {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly logFile: string;
  readonly cwd?: string;
}): Started => {
  const out = openSync(spec.logFile, 'a');
  const child = spawn(spec.command, [...spec.args], {
    cwd: spec.cwd ?? process.cwd(),
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', out, out],
    // Its own process group, so that stopping it also stops what it started (npx, nx and their workers).
    detached: true,
  });
  closeSync(out);
  const stop = (graceMs = 5000): Promise<void> =>
    new Promise((resolve) => {
      running.delete(started);
      if (exited(child)) return resolve();
      const timer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      signalGroup(child, 'SIGTERM');
    });
  const started: Started = { name: spec.name, child, logFile: spec.logFile, stop };
  running.add(started);
  child.once('exit', () => running.delete(started));
  return started;
};

/** Stops every process still running (the normal end of a run, and its error path). */
export const stopAll = async (): Promise<void> => {
  await Promise.all([...running].map((started) => started.stop()));
};

/** Last resort when the benchmark itself is exiting: no time left to wait for anything. */
const killAllNow = (): void => {
  for (const { child } of running) if (!exited(child)) signalGroup(child, 'SIGKILL');
};
process.once('exit', killAllNow);

/** A free loopback port (asked of the OS, then released for the process that will listen on it). */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe` until it answers true, the process exits, or `timeoutMs` passes; the error names the
 * process and shows the end of its output.
 */
export const waitUntil = async (started: Started, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; Date.now() < deadline; attempt += 1) {
    if (exited(started.child)) {
      throw new Error(`${started.name} exited (code ${started.child.exitCode}) before it was ready:\n${tailOf(started.logFile)}`);
    }
    if (await probe().catch(() => false)) return;
    await sleep(Math.min(25 * 2 ** attempt, 250));
  }
  throw new Error(`${started.name} was not ready within ${timeoutMs} ms:\n${tailOf(started.logFile)}`);
};

/** Whether an HTTP GET of `url` answers 200. */
export const answersOk = async (url: string): Promise<boolean> => {
  const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await response.arrayBuffer();
  return response.status === 200;
};

/** Runs a command to its end (bounded by `timeoutMs`), with its output in `logFile`; fails with its tail. */
export const runToEnd = async (spec: Parameters<typeof startProcess>[0] & { readonly timeoutMs: number }): Promise<void> => {
  const started = startProcess(spec);
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      void started.stop().then(() => resolve(null));
    }, spec.timeoutMs);
    started.child.once('exit', (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  if (code !== 0) {
    const why = code === null ? `did not finish within ${spec.timeoutMs} ms` : `failed (exit code ${code})`;
    throw new Error(`${spec.name} ${why}:\n${tailOf(spec.logFile)}`);
  }
};
