import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { addStakeholder, getStakeholders, readDesignFile, scanAllItems } from '@integrates/db-model';
import { aStakeholder } from '@integrates/db-model/testing';
import { captureLogs, type CapturedLogs } from '@integrates/logging/testing';
import { CSRF_HEADER } from '../http/session-cookie';
import { postJson } from '../testing/graphql-requests';
import { startTestServer, type TestServer } from '../testing/test-server';

const DESIGN_FILE = resolve(__dirname, '../../../../database-design/database-design.json');
const design = readDesignFile(DESIGN_FILE);
const seedRows = design.reduce((total, facet) => total + facet.rows.length, 0);
const OKADA = '38eb8f25-7945-4173-ab6e-0af4ad8b7ef3';

const countByFacet = (items: readonly Record<string, unknown>[]): Record<string, number> =>
  items.reduce<Record<string, number>>((counts, item) => ({ ...counts, [String(item['_et'])]: (counts[String(item['_et'])] ?? 0) + 1 }), {});

/** Signs in through the development route, as the README shows, and gives the session cookie. */
const devLogin = async (server: TestServer, email: string): Promise<string> => {
  const response = await fetch(`${server.url}/dev/login?email=${encodeURIComponent(email)}`);
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((header) => header.startsWith('integrates_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
};

const query = async (server: TestServer, cookie: string, document: string) =>
  (await postJson(server.url, { query: document }, { cookie, [CSRF_HEADER]: '1' })).body;

describe('the local replica', () => {
  let dataDir: string;
  let logs: CapturedLogs;
  const start = (env: Record<string, string> = {}) =>
    startTestServer({ ENVIRONMENT: 'development', DATA_DIR: dataDir, SEED_FILE: DESIGN_FILE, ADMIN_EMAIL: 'Dev@Example.com', ...env });

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'local-replica-'));
    logs = captureLogs({ level: 'info' });
  });
  afterEach(() => {
    logs.restore();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the design rows into the empty development table, with the local user in place of __adminEmail__', async () => {
    const server = await start();
    try {
      const items = await scanAllItems();
      expect(items).toHaveLength(seedRows);
      expect(countByFacet(items)).toEqual(Object.fromEntries(design.filter((facet) => facet.rows.length > 0).map((facet) => [facet.facet, facet.rows.length])));
      expect(JSON.stringify(items)).not.toMatch(/__adminemail__/i);
      const [admin] = await getStakeholders(['dev@example.com']);
      expect(admin).toMatchObject({ email: 'dev@example.com', role: 'admin' });
      const line = await logs.waitFor((entry) => entry['module'] === 'local-replica');
      expect(line['message']).toMatch(new RegExp(`^Loaded the local replica: ${seedRows} rows of \\d+ facets from .* in \\d+ ms; the local user is dev@example.com`));
      expect(line).toMatchObject({ rows: seedRows, adminEmail: 'dev@example.com' });
    } finally {
      await server.close();
    }
  });

  it('answers the README example queries on the seeded data', async () => {
    const server = await start();
    try {
      const admin = await devLogin(server, 'dev@example.com');
      expect(await query(server, admin, '{ me { userEmail userName role } }')).toEqual({
        data: { me: { userEmail: 'dev@example.com', userName: 'Local Developer', role: 'admin' } },
      });
      const finding = `{ finding(identifier: "463461507") { title status openVulnerabilities vulnerabilitiesConnection(first: 10) {
        edges { node { where specific state treatmentStatus verification } } } } }`;
      const node = (where: string, specific: string, state: string, treatmentStatus: string, verification: string | null) => ({
        node: { where, specific, state, treatmentStatus, verification },
      });
      const found = (await query(server, admin, finding)) as { data: { finding: { vulnerabilitiesConnection: { edges: unknown[] } } } };
      expect(found).toEqual({
        data: {
          finding: {
            title: '001. SQL injection',
            status: 'VULNERABLE',
            openVulnerabilities: 2,
            vulnerabilitiesConnection: { edges: expect.any(Array) },
          },
        },
      });
      // The deleted location is not listed; the others are, in the index's order.
      expect(found.data.finding.vulnerabilitiesConnection.edges).toHaveLength(4);
      expect(found.data.finding.vulnerabilitiesConnection.edges).toEqual(
        expect.arrayContaining([
          node('back/src/Controllers/SearchController.cs', '61', 'SUBMITTED', 'UNTREATED', null),
          node('back/src/Repositories/ReportRepository.cs', '88', 'SAFE', 'UNTREATED', 'VERIFIED'),
          node('back/src/Controllers/LoginController.cs', '47', 'VULNERABLE', 'UNTREATED', null),
          node('back/src/Repositories/UserRepository.cs', '112', 'VULNERABLE', 'IN_PROGRESS', 'REQUESTED'),
        ]),
      );
      const history = `{ vulnerability(uuid: "99f642b4-7de4-432f-8cd4-30ad238c741d") {
        where treatmentStatus treatmentAcceptanceStatus historicTreatment { status acceptanceStatus date } } }`;
      expect(await query(server, admin, history)).toEqual({
        data: {
          vulnerability: {
            where: 'front/package.json',
            treatmentStatus: 'ACCEPTED_UNDEFINED',
            treatmentAcceptanceStatus: 'APPROVED',
            historicTreatment: [
              { status: 'UNTREATED', acceptanceStatus: null, date: '2026-04-02T14:10:00.000Z' },
              { status: 'ACCEPTED_UNDEFINED', acceptanceStatus: 'SUBMITTED', date: '2026-09-03T15:20:00.000Z' },
              { status: 'ACCEPTED_UNDEFINED', acceptanceStatus: 'APPROVED', date: '2026-09-04T08:50:00.000Z' },
            ],
          },
        },
      });
      // The other seeded stakeholders sign in the same way, with their own roles.
      const manager = await devLogin(server, 'user.manager@okada.com');
      expect(await query(server, manager, `{ organization(organizationId: "${OKADA}") { name userRole } }`)).toEqual({
        data: { organization: { name: 'okada', userRole: 'user_manager' } },
      });
      // A pending invitation grants nothing yet.
      const invited = await devLogin(server, 'user@okada.com');
      const refused = await query(server, invited, '{ group(groupName: "oneshottest") { name } }');
      expect(refused?.errors?.[0]?.message).toBe('Access denied');
    } finally {
      await server.close();
    }
  });

  it('keeps what was added after the load across a restart on the same DATA_DIR', async () => {
    const first = await start();
    try {
      await addStakeholder(aStakeholder({ email: 'added.after@example.com' }));
    } finally {
      await first.close();
    }
    const second = await start();
    try {
      expect(await scanAllItems()).toHaveLength(seedRows + 1);
      const [added] = await getStakeholders(['added.after@example.com']);
      expect(added).toMatchObject({ email: 'added.after@example.com' });
      await logs.waitFor((entry) => entry['module'] === 'local-replica' && String(entry['message']).includes('has data'));
      expect(logs.lines().filter((entry) => String(entry['message']).startsWith('Loaded the local replica'))).toHaveLength(1);
    } finally {
      await second.close();
    }
  });

  it('loads nothing with SEED_DATA=false, outside development, or from a missing file (with a warning)', async () => {
    for (const env of [{ SEED_DATA: 'false' }, { ENVIRONMENT: 'test' }] as readonly Record<string, string>[]) {
      const server = await start(env);
      try {
        expect([env, await scanAllItems()]).toEqual([env, []]);
      } finally {
        await server.close();
      }
    }
    const server = await start({ SEED_FILE: join(dataDir, 'missing.json') });
    try {
      expect(await scanAllItems()).toEqual([]);
      const warning = await logs.waitFor((entry) => entry['level'] === 'warn' && entry['module'] === 'local-replica');
      expect(warning['message']).toContain(`The local replica was not loaded: Cannot read the design file ${join(dataDir, 'missing.json')}`);
    } finally {
      await server.close();
    }
  });
});
