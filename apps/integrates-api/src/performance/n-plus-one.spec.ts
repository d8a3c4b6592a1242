import {
  addFinding,
  addGroup,
  addGroupAccess,
  addOrganization,
  addOrganizationAccess,
  addVulnerabilities,
  createDataloaders,
  putStakeholder,
} from '@integrates/db-model';
import { refreshFindingIndicators } from '@integrates/domain';
import { aFinding, aGroup, anOrganization, aStakeholder, aVulnerability, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { STORE_CALLS_HEADER } from '../http/store-calls-header';
import { browserHeaders, postJson } from '../testing/graphql-requests';
import { startTestServer, type TestServer } from '../testing/test-server';

/**
 * No N+1: the store requests an operation makes are bounded by the query's depth and pages, not by how
 * many items it reads. Each operation runs against a small data set and one ten times larger; the
 * x-store-calls header (EXPOSE_STORE_CALLS) must say the same for both.
 */
const DATE = '2026-01-01T00:00:00.000Z';
const ORGANIZATION = anOrganization({ id: 'org-nplus1', name: 'nplusone' });
const SMALL = { group: 'smallgroup', findings: 2, vulnerabilitiesPerFinding: 5 };
const LARGE = { group: 'largegroup', findings: 20, vulnerabilitiesPerFinding: 50 };
/** Members of one group, and of ten: `me` must not read more for the second. */
const ONE_GROUP = aStakeholder({ email: 'one@customer.com', role: 'user' });
const TEN_GROUPS = aStakeholder({ email: 'ten@customer.com', role: 'user' });
const EXTRA_GROUPS = Array.from({ length: 9 }, (_, index) => `extragroup${index}`);

const access = (role: string) => ({ hasAccess: true, role, modifiedBy: 'admin@fluidattacks.com', modifiedDate: DATE });

/** Writes a group's findings and vulnerabilities, and stores each finding's indicators as a mutation would; gives the finding ids. */
const writeGroup = async (spec: typeof SMALL): Promise<readonly string[]> => {
  await addGroup(aGroup({ name: spec.group, organizationId: ORGANIZATION.id, organizationName: ORGANIZATION.name }));
  const ids: string[] = [];
  for (let index = 0; index < spec.findings; index += 1) {
    const finding = aFinding({ groupName: spec.group });
    await addFinding(finding);
    ids.push(finding.id);
    await addVulnerabilities(
      Array.from({ length: spec.vulnerabilitiesPerFinding }, (_, line) =>
        aVulnerability({
          findingId: finding.id,
          groupName: spec.group,
          organizationName: ORGANIZATION.name,
          state: { status: 'VULNERABLE', source: 'ANALYST', where: `src/file${index}.ts`, specific: String(line + 1), modifiedBy: 'hacker@fluidattacks.com', modifiedDate: DATE },
        }),
      ),
    );
    await refreshFindingIndicators({ loaders: createDataloaders(), signingKey: new Uint8Array(32) }, finding.id);
  }
  return ids;
};

describe('store calls do not grow with the data (no N+1)', () => {
  let store: TestStore;
  let server: TestServer;
  const headers: Record<string, Record<string, string>> = {};
  let smallFindings: readonly string[] = [];
  let largeFindings: readonly string[] = [];

  beforeAll(async () => {
    store = await startTestStore('integrates_n_plus_one_test');
    server = await startTestServer({
      DYNAMODB_ENDPOINT: store.endpoint,
      TABLE_NAME: store.tableName,
      EXPOSE_STORE_CALLS: 'true',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    });
    await addOrganization(ORGANIZATION);
    smallFindings = await writeGroup(SMALL);
    largeFindings = await writeGroup(LARGE);
    for (const name of EXTRA_GROUPS) await addGroup(aGroup({ name, organizationId: ORGANIZATION.id, organizationName: ORGANIZATION.name }));
    for (const stakeholder of [ONE_GROUP, TEN_GROUPS]) {
      await putStakeholder(stakeholder);
      await addOrganizationAccess({ email: stakeholder.email, organizationId: ORGANIZATION.id, state: access('user_manager') });
    }
    await addGroupAccess({ email: ONE_GROUP.email, groupName: SMALL.group, state: access('user_manager') });
    for (const name of [SMALL.group, LARGE.group, ...EXTRA_GROUPS]) {
      await addGroupAccess({ email: TEN_GROUPS.email, groupName: name, state: access('user_manager') });
    }
    headers[ONE_GROUP.email] = await browserHeaders(server, ONE_GROUP.email);
    headers[TEN_GROUPS.email] = await browserHeaders(server, TEN_GROUPS.email);
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });

  /** The store calls and data of one successful request (it fails on any GraphQL error or a missing header). */
  const request = async (email: string, query: string, variables: Record<string, unknown> = {}): Promise<{ calls: number; data: unknown }> => {
    const answer = await postJson(server.url, { query, variables }, headers[email]);
    expect(answer.body?.errors).toBeUndefined();
    expect(answer.body?.data).toBeTruthy();
    const calls = answer.headers.get(STORE_CALLS_HEADER);
    expect(calls).toMatch(/^\d+$/);
    return { calls: Number(calls), data: answer.body?.data };
  };
  const storeCalls = async (email: string, query: string, variables: Record<string, unknown> = {}): Promise<number> =>
    (await request(email, query, variables)).calls;

  it('me: the same for a member of ten groups as for a member of one', async () => {
    const query = '{ me { userEmail userName role permissions accessTokens { id } } }';
    const one = await storeCalls(ONE_GROUP.email, query);
    const ten = await storeCalls(TEN_GROUPS.email, query);
    expect(one).toBeGreaterThan(0);
    expect(ten).toBe(one);
  });

  it('group: the same for a group with 1,000 vulnerabilities as for one with 10', async () => {
    const query = 'query Group($groupName: String!) { group(groupName: $groupName) { name userRole permissions serviceAttributes } }';
    const small = await storeCalls(TEN_GROUPS.email, query, { groupName: SMALL.group });
    const large = await storeCalls(TEN_GROUPS.email, query, { groupName: LARGE.group });
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });

  it('operation 2, a group overview: the same for 20 findings with their indicators as for 2', async () => {
    const query = `query Overview($groupName: String!) {
      group(groupName: $groupName) {
        name openVulnerabilities closedVulnerabilities openFindings
        findings { id title status severityScore openVulnerabilities closedVulnerabilities maxOpenSeverityScore totalOpenCVSSF lastVulnerability }
      }
    }`;
    type Overview = { group: { openVulnerabilities: number; findings: readonly { openVulnerabilities: number }[] } };
    const small = await request(TEN_GROUPS.email, query, { groupName: SMALL.group });
    const large = await request(TEN_GROUPS.email, query, { groupName: LARGE.group });
    expect((small.data as Overview).group.findings).toHaveLength(SMALL.findings);
    expect((large.data as Overview).group.findings).toHaveLength(LARGE.findings);
    expect((large.data as Overview).group.openVulnerabilities).toBe(LARGE.findings * LARGE.vulnerabilitiesPerFinding);
    expect(small.calls).toBeGreaterThan(0);
    expect(large.calls).toBe(small.calls);
  });

  it('operation 3, a finding\'s vulnerabilitiesConnection (first 100, filtered): the same for 50 vulnerabilities as for 5', async () => {
    const query = `query Vulnerabilities($identifier: String!) {
      finding(identifier: $identifier) {
        id
        vulnerabilitiesConnection(first: 100, state: VULNERABLE) { edges { node { id where specific state } } pageInfo { hasNextPage endCursor } }
      }
    }`;
    type Page = { finding: { vulnerabilitiesConnection: { edges: readonly unknown[] } } };
    const small = await request(TEN_GROUPS.email, query, { identifier: smallFindings[0] });
    const large = await request(TEN_GROUPS.email, query, { identifier: largeFindings[0] });
    expect((small.data as Page).finding.vulnerabilitiesConnection.edges).toHaveLength(SMALL.vulnerabilitiesPerFinding);
    expect((large.data as Page).finding.vulnerabilitiesConnection.edges).toHaveLength(LARGE.vulnerabilitiesPerFinding);
    expect(small.calls).toBeGreaterThan(0);
    expect(large.calls).toBe(small.calls);
  });

  it('operation 4, a group\'s vulnerabilities a page deep: page 100 of 1,000 costs what page 2 of 10 does', async () => {
    const query = `query Deep($groupName: String!, $after: String) {
      group(groupName: $groupName) { vulnerabilities(first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }
    }`;
    type Page = { group: { vulnerabilities: { edges: readonly unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    /** Follows the cursors to the page before `page`, then measures that page. */
    const pageCalls = async (groupName: string, page: number): Promise<number> => {
      let after: string | undefined;
      for (let current = 1; current < page; current += 1) {
        const { data } = await request(TEN_GROUPS.email, query, { groupName, after });
        expect((data as Page).group.vulnerabilities.pageInfo.hasNextPage).toBe(true);
        after = (data as Page).group.vulnerabilities.pageInfo.endCursor;
      }
      const measured = await request(TEN_GROUPS.email, query, { groupName, after });
      expect((measured.data as Page).group.vulnerabilities.edges).toHaveLength(5);
      return measured.calls;
    };
    const small = await pageCalls(SMALL.group, 2);
    const large = await pageCalls(LARGE.group, 100);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
