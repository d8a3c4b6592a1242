import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ACTIONS, GROUP_ROLES, SERVICE_POLICIES } from '@integrates/authz';
import { MATRIX_PATH, renderAuthzMatrix } from './render-matrix';
import { matrixStaleness, STALE_MESSAGE } from './staleness';

const ROOT = resolve(__dirname, '../../..');

describe('docs/authz-matrix.md', () => {
  it('is up to date with the registry', () => {
    const path = join(ROOT, MATRIX_PATH);
    const problem = matrixStaleness(existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    if (problem !== undefined) throw new Error(problem);
  });
});

describe('the staleness check', () => {
  it('fails with the message that says what to run when the file differs or is missing', () => {
    const current = renderAuthzMatrix();
    expect(matrixStaleness(current, current)).toBeUndefined();
    expect(matrixStaleness(current.replace('| ✓ |', '|  |'), current)).toBe(STALE_MESSAGE);
    expect(matrixStaleness(undefined, current)).toBe(STALE_MESSAGE);
    expect(STALE_MESSAGE).toBe('docs/authz-matrix.md is stale: run npx nx run tools:authz-matrix');
  });
});

describe('renderAuthzMatrix', () => {
  const matrix = renderAuthzMatrix();

  it('is deterministic', () => {
    expect(renderAuthzMatrix()).toBe(matrix);
  });

  it('has one row per action, marking exactly the roles that hold it', () => {
    for (const action of ACTIONS) {
      const rows = matrix.split('\n').filter((line) => line.startsWith(`| \`${action.id}\` |`));
      expect([action.id, rows.length]).toEqual([action.id, 1]);
      const marks = (rows[0] ?? '').split(' | ').filter((part) => part === '✓').length;
      expect([action.id, marks]).toEqual([action.id, action.roles.length]);
    }
  });

  it('has a column per group role, the grant rules and the service-attribute table', () => {
    const groupHeader = matrix.split('\n').find((line) => line.startsWith('| action | requires |')) ?? '';
    for (const role of GROUP_ROLES) expect(groupHeader).toContain(`\`${role}\``);
    expect(matrix).toContain('## Grant rules');
    expect(matrix).toContain('| `user_manager` | `user`, `user_manager`, `vulnerability_manager` |');
    for (const policy of SERVICE_POLICIES) expect(matrix).toContain(`| \`${policy.name}\` | ${policy.condition} |`);
  });
});

describe('the authz-matrix command', () => {
  it('writes the same document through node and @swc-node/register', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'authz-matrix-'));
    try {
      const out = join(dir, 'matrix.md');
      await promisify(execFile)(
        process.execPath,
        ['-r', '@swc-node/register', 'tools/src/authz-matrix/main.ts', out],
        { cwd: ROOT, env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' } },
      );
      expect(readFileSync(out, 'utf8')).toBe(renderAuthzMatrix());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
