import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  addStakeholder,
  closeStore,
  configureStore,
  getStakeholders,
  readDesignFile,
  scanAllItems,
  startEmbeddedEngine,
} from '@integrates/db-model';
import { aStakeholder } from '@integrates/db-model/testing';
import { embeddedDataPath, isLoopbackEndpoint, resetDatabase, ResetRefusedError } from './db-reset';
import { EXPORT_PATH, WORKSPACE_ROOT } from './paths';

const DESIGN_FILE = join(WORKSPACE_ROOT, EXPORT_PATH);
const seedRows = readDesignFile(DESIGN_FILE).reduce((total, facet) => total + facet.rows.length, 0);

/** Opens the on-disk data of `dataDir` (after db-reset has closed it) and runs `inspect` against it. */
const withData = async <T>(dataDir: string, inspect: () => Promise<T>): Promise<T> => {
  const engine = await startEmbeddedEngine({ path: embeddedDataPath(dataDir) });
  try {
    configureStore({ endpoint: engine.endpoint, region: 'us-east-1', tableName: 'integrates_vms' });
    return await inspect();
  } finally {
    closeStore();
    await engine.stop();
  }
};

describe('isLoopbackEndpoint', () => {
  it('accepts only this machine', () => {
    for (const endpoint of ['http://127.0.0.1:8022', 'http://localhost:8000', 'https://[::1]:8000', 'http://127.1.2.3']) {
      expect([endpoint, isLoopbackEndpoint(endpoint)]).toEqual([endpoint, true]);
    }
    for (const endpoint of ['http://10.0.0.5:8000', 'https://dynamodb.us-east-1.amazonaws.com', 'http://127.0.0.1.nip.io', 'not a url']) {
      expect([endpoint, isLoopbackEndpoint(endpoint)]).toEqual([endpoint, false]);
    }
  });
});

describe('resetDatabase', () => {
  let dataDir: string;
  const options = () => ({ dataDir, tableName: 'integrates_vms', region: 'us-east-1', designFile: DESIGN_FILE, adminEmail: 'dev@example.com' });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'db-reset-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('refuses an endpoint that is not on this machine, before touching anything', async () => {
    await expect(resetDatabase({ ...options(), endpoint: 'http://db.example.com:8000' })).rejects.toThrow(ResetRefusedError);
    await expect(resetDatabase({ ...options(), endpoint: 'http://db.example.com:8000' })).rejects.toThrow(
      'DYNAMODB_ENDPOINT http://db.example.com:8000 is not on this machine',
    );
  });

  it('loads the seed into the on-disk development data, and restores it after changes', async () => {
    const first = await resetDatabase(options());
    expect(first).toMatchObject({ wiped: 0, rows: seedRows, adminEmail: 'dev@example.com' });
    await withData(dataDir, async () => {
      await addStakeholder(aStakeholder({ email: 'added.after@example.com' }));
      expect(await scanAllItems()).toHaveLength(seedRows + 1);
    });

    const second = await resetDatabase(options());
    expect(second).toMatchObject({ wiped: seedRows + 1, rows: seedRows });
    await withData(dataDir, async () => {
      const items = await scanAllItems();
      expect(items).toHaveLength(seedRows);
      expect(JSON.stringify(items)).not.toMatch(/__adminemail__/i);
      const [added, admin] = await getStakeholders(['added.after@example.com', 'dev@example.com']);
      expect(added).toBeUndefined();
      expect(admin).toMatchObject({ role: 'admin', firstName: 'Local' });
    });
  });

  it('works against a local endpoint too', async () => {
    const engine = await startEmbeddedEngine();
    try {
      const report = await resetDatabase({ ...options(), endpoint: engine.endpoint, tableName: 'reset_test' });
      expect(report).toMatchObject({ wiped: 0, rows: seedRows, store: engine.endpoint });
    } finally {
      await engine.stop();
    }
  });
});

describe('the db-reset command', () => {
  const run = (env: Record<string, string>) =>
    promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'tools/src/database-design/db-reset-main.ts'], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ENVIRONMENT: 'development', ...env },
    });

  it('resets DATA_DIR and says what it loaded', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'db-reset-cli-'));
    try {
      const { stdout } = await run({ DATA_DIR: dataDir, ADMIN_EMAIL: 'Dev@Example.com' });
      expect(stdout).toMatch(new RegExp(`^db-reset: wiped 0 items of .*; loaded ${seedRows} rows of \\d+ facets as dev@example.com in \\d+ ms\\n$`));
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a remote endpoint with a non-zero exit', async () => {
    await expect(run({ DYNAMODB_ENDPOINT: 'https://dynamodb.eu-west-1.amazonaws.com' })).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('db-reset: DYNAMODB_ENDPOINT https://dynamodb.eu-west-1.amazonaws.com is not on this machine'),
    });
  });
});
