import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedEngine } from '../engine/embedded-engine';
import { closeStore, configureStore } from '../store/store';
import { ensureTable } from '../table/create-table';
import { aStakeholder, anOrganization, startTestStore, type TestStore } from '../testing';
import { getStakeholders } from '../stakeholders';
import { organizationFacet } from '../organizations/entity';
import { stakeholderFacet } from '../stakeholders/entity';
import { FALLBACK_ADMIN_EMAIL, localAdminEmail } from './admin-email';
import { designRowsOf, readDesignFile } from './design-file';
import { fromDynamoJson, toDynamoJson } from './dynamodb-json';
import { isTableEmpty, loadDesignRows, scanAllItems, wipeTable } from './seed';

const model = (rows: Record<string, readonly Record<string, unknown>[]>) => ({
  DataModel: [
    {
      TableName: 'integrates_vms',
      TableFacets: Object.entries(rows).map(([FacetName, items]) => ({
        FacetName,
        TableData: items.map((item) => toDynamoJson(item)),
      })),
    },
  ],
});

describe('the local replica loader', () => {
  let store: TestStore;
  let dir: string;
  const admin = stakeholderFacet.toItem(aStakeholder({ email: '__adminEmail__', role: 'admin' }));
  const other = stakeholderFacet.toItem(aStakeholder({ email: 'hacker@fluidattacks.com', role: 'hacker' }));
  const organization = organizationFacet.toItem(anOrganization({ createdBy: '__adminEmail__' }));
  const file = () => join(dir, 'design.json');

  beforeAll(async () => {
    store = await startTestStore('seed_test');
    dir = mkdtempSync(join(tmpdir(), 'seed-'));
  });
  afterAll(async () => {
    await store.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await wipeTable();
  });

  it('turns DynamoDB JSON back into the same item', () => {
    expect(fromDynamoJson(toDynamoJson(organization))).toEqual(organization);
    expect(toDynamoJson({ pk: 'USER#a', n: 9.1, b: true, l: ['x'] })).toEqual({
      pk: { S: 'USER#a' },
      n: { N: '9.1' },
      b: { BOOL: true },
      l: { L: [{ S: 'x' }] },
    });
  });

  it('loads a design file, with the placeholder replaced in keys and values', async () => {
    writeFileSync(file(), JSON.stringify(model({ stakeholder_metadata: [admin, other], organization_metadata: [organization], group_metadata: [] })));
    expect(await isTableEmpty()).toBe(true);
    const report = await loadDesignRows(readDesignFile(file()), 'dev@example.com');
    expect(report).toMatchObject({ rows: 3, facets: 2, adminEmail: 'dev@example.com' });
    const [loaded] = await getStakeholders(['dev@example.com']);
    expect(loaded).toMatchObject({ email: 'dev@example.com', role: 'admin' });
    const items = await scanAllItems();
    expect(items).toHaveLength(3);
    expect(JSON.stringify(items)).not.toContain('__adminEmail__');
    expect(items.find((item) => item['_et'] === 'organization_metadata')?.['created_by']).toBe('dev@example.com');
  });

  it('wipes every item, in more than one batch of deletes', async () => {
    const many = Array.from({ length: 60 }, (_, i) => stakeholderFacet.toItem(aStakeholder({ email: `user${i}@example.com` })));
    await loadDesignRows(designRowsOf(model({ stakeholder_metadata: many })), 'x@example.com');
    expect(await isTableEmpty()).toBe(false);
    expect(await wipeTable()).toBe(60);
    expect(await isTableEmpty()).toBe(true);
  });

  it('names what does not fit in a design file', () => {
    expect(() => designRowsOf({})).toThrow('the design file: DataModel must be a list of tables');
    expect(() => designRowsOf({ DataModel: [{ TableFacets: [{ FacetName: 'x', TableData: 'no' }] }] }, 'f.json')).toThrow(
      'f.json: DataModel[0].TableFacets[0].TableData must be a list of items',
    );
  });
});

describe('a table ensureTable has just created on disk', () => {
  it('answers at once (the local replica scans it right away)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fresh-table-'));
    try {
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const engine = await startEmbeddedEngine({ path: join(dir, String(attempt)) });
        try {
          configureStore({ endpoint: engine.endpoint, region: 'us-east-1', tableName: 'fresh_table', maxAttempts: 1 });
          await ensureTable();
          expect(await isTableEmpty()).toBe(true);
        } finally {
          closeStore();
          await engine.stop();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('localAdminEmail', () => {
  it('prefers the explicit email, lowercased', () => {
    expect(localAdminEmail(' Dev@Example.com ')).toBe('dev@example.com');
  });

  // git reads its global and system configuration from these; the tests point them at nothing.
  const isolatedGit = (run: (dir: string, env: NodeJS.ProcessEnv) => void): void => {
    const dir = mkdtempSync(join(tmpdir(), 'admin-email-'));
    try {
      run(dir, { ...process.env, GIT_CONFIG_GLOBAL: join(dir, 'no-global-config'), GIT_CONFIG_NOSYSTEM: '1' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('takes git config user.email when no email is given', () => {
    isolatedGit((dir, env) => {
      execFileSync('git', ['init', '-q', dir], { env });
      execFileSync('git', ['config', 'user.email', 'Developer@Example.com'], { cwd: dir, env });
      expect(localAdminEmail(undefined, { cwd: dir, env })).toBe('developer@example.com');
    });
  });

  it('falls back to a fixed address when git has no user.email', () => {
    isolatedGit((dir, env) => {
      expect(localAdminEmail(undefined, { cwd: dir, env })).toBe(FALLBACK_ADMIN_EMAIL);
      expect(localAdminEmail('', { cwd: dir, env })).toBe(FALLBACK_ADMIN_EMAIL);
    });
  });
});
