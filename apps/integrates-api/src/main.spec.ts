import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** Runs the real entry point (transpiled on the fly) as its own process. */
const runMain = (env: Record<string, string>): ChildProcessWithoutNullStreams =>
  spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'main.ts')], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', SWC_NODE_PROJECT: join(ROOT, 'tsconfig.base.json'), ...env },
  });

const collect = (child: ChildProcessWithoutNullStreams) => {
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { output, exited };
};

describe('the entry point', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT: must be a whole number'],
    [{ ENVIRONMENT: 'staging' }, 'ENVIRONMENT: must be one of development, test, production'],
    [{ DYNAMODB_ENDPOINT: 'not a url' }, 'DYNAMODB_ENDPOINT: must be an http(s) URL'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL: must be one of'],
    [{ ENVIRONMENT: 'production' }, 'SESSION_SIGNING_KEY: is required in production'],
    [{ AUDIT_LOG: 'file', AUDIT_LOG_PATH: '/' }, 'AUDIT_LOG_PATH: cannot write the audit file /: EISDIR'],
  ])('stops with a message naming the bad variable (%o)', async (env, message) => {
    const { output, exited } = collect(runMain(env));
    expect(await exited).toBe(1);
    expect(output.stderr).toContain(message);
    expect(output.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('serves, then shuts down gracefully on SIGTERM with exit code 0', async () => {
    const child = runMain({ ENVIRONMENT: 'test', PORT: '0', DATA_DIR: mkdtempSync(join(tmpdir(), 'integrates-main-')) });
    const { output, exited } = collect(child);
    const url = await new Promise<string>((found, fail) => {
      const timer = setTimeout(() => fail(new Error(`no listening line: ${output.stdout}${output.stderr}`)), 20000);
      child.stdout.on('data', () => {
        const match = /listening on (http:\/\/[\d.:]+)\/api/.exec(output.stdout);
        if (match?.[1]) {
          clearTimeout(timer);
          found(match[1]);
        }
      });
    });
    expect((await fetch(`${url}/health`)).status).toBe(200);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output.stdout).toContain('SIGTERM received, shutting down');
  });
});
