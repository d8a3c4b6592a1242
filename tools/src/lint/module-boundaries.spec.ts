import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const ESLINT = resolve(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintResult {
  readonly messages: readonly { readonly ruleId: string | null; readonly message: string }[];
}

/**
 * Lints one line of source as if it were a file at `path` inside the workspace, with the real
 * ESLint CLI and the workspace's config (jest cannot load the ESM config in-process).
 */
const boundaryErrors = async (path: string, source: string): Promise<readonly string[]> => {
  const child = spawn(process.execPath, [ESLINT, '--format', 'json', '--stdin', '--stdin-filename', path], {
    cwd: ROOT,
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdin.end(`${source}\nexport const used = value;\n`);
  await new Promise((done) => child.on('close', done));
  if (!stdout.trim().startsWith('[')) throw new Error(`ESLint failed: ${stderr}`);
  const [result] = JSON.parse(stdout) as LintResult[];
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === '@nx/enforce-module-boundaries')
    .map((message) => message.message);
};

describe('layer boundaries', () => {
  it.each([
    ['domain imports api (a layer above)', 'libs/domain/src/fixture.ts', "import { schema as value } from '@integrates/api';"],
    ['db-model imports domain (a layer above)', 'libs/db-model/src/fixture.ts', "import { getMe as value } from '@integrates/domain';"],
    ['authz imports sessions (a layer beside)', 'libs/authz/src/fixture.ts', "import { SESSION_COOKIE as value } from '@integrates/sessions';"],
    ['a utility imports a layer', 'libs/logging/src/fixture.ts', "import { getStore as value } from '@integrates/db-model';"],
    ['api imports the AWS SDK', 'libs/api/src/fixture.ts', "import { DynamoDBClient as value } from '@aws-sdk/client-dynamodb';"],
    ['domain imports dynamodb-toolbox', 'libs/domain/src/fixture.ts', "import { Entity as value } from 'dynamodb-toolbox';"],
    ['the app imports dynalite', 'apps/integrates-api/src/fixture.ts', "import value from 'dynalite';"],
  ])('refuses: %s', async (_name, path, source) => {
    expect(await boundaryErrors(path, source)).not.toEqual([]);
  });

  it.each([
    ['api imports domain', 'libs/api/src/fixture.ts', "import { getMe as value } from '@integrates/domain';"],
    ['domain imports db-model', 'libs/domain/src/fixture.ts', "import { getStore as value } from '@integrates/db-model';"],
    ['db-model imports the AWS SDK', 'libs/db-model/src/fixture.ts', "import { DynamoDBClient as value } from '@aws-sdk/client-dynamodb';"],
    ['db-model imports a utility', 'libs/db-model/src/fixture.ts', "import { IntegratesError as value } from '@integrates/errors';"],
    ['the app imports api', 'apps/integrates-api/src/fixture.ts', "import { schema as value } from '@integrates/api';"],
  ])('allows: %s', async (_name, path, source) => {
    expect(await boundaryErrors(path, source)).toEqual([]);
  });
});
