import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadPersistedOperationsManifest, schema } from '@integrates/api';

const ROOT = resolve(__dirname, '../../..');
const CODEGEN = resolve(ROOT, 'node_modules/@graphql-codegen/cli/esm/bin.js');
const TSC = resolve(ROOT, 'node_modules/typescript/bin/tsc');

const run = (args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; output: string }> =>
  new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code, output }));
  });

/** How a client uses the generated module; compiled with the generated code. */
const CONSUMER = `
import { MeDocument, type MeQuery, type MeQueryVariables } from './graphql';

export const hash: string | undefined = (MeDocument as { __meta__?: { hash: string } }).__meta__?.hash;
export const variables: MeQueryVariables = {};
export const data: MeQuery = { me: { userEmail: 'jdoe@example.com', userName: 'Jane Doe', role: 'user' } };
// @ts-expect-error userName is required by the schema
export const partial: MeQuery = { me: { userEmail: 'jdoe@example.com', role: 'user' } };
`;

describe('GraphQL Code Generator on the committed schema (codegen.ts)', () => {
  // Inside the workspace (tmp/ is ignored) so the generated code resolves its imports from node_modules.
  mkdirSync(join(ROOT, 'tmp'), { recursive: true });
  const out = mkdtempSync(join(ROOT, 'tmp', 'codegen-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('generates typed documents and a persisted operations manifest the server accepts', async () => {
    const codegen = await run([CODEGEN, '--config', 'codegen.ts'], { CODEGEN_OUT_DIR: out });
    expect({ code: codegen.code, output: codegen.code === 0 ? '' : codegen.output }).toEqual({ code: 0, output: '' });

    const generated = readFileSync(join(out, 'graphql.ts'), 'utf8');
    expect(generated).toContain('export type MeQuery = { me: { userEmail: string, userName: string, role: string } };');
    expect(generated).toContain('export const MeDocument');

    const manifest = loadPersistedOperationsManifest(join(out, 'persisted-documents.json'), schema);
    expect([...manifest.values()]).toEqual(['query Me { me { role userEmail userName } }']);

    writeFileSync(join(out, 'consumer.ts'), CONSUMER);
    const tsc = await run([TSC, '--noEmit', '--strict', '--skipLibCheck', '--module', 'node16', '--moduleResolution', 'node16', join(out, 'consumer.ts')]);
    expect({ code: tsc.code, output: tsc.output }).toEqual({ code: 0, output: '' });
  }, 120_000);
});
