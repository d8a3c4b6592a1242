import { addGroup, addGroupAccess, addOrganization, addOrganizationAccess, putStakeholder } from '@integrates/db-model';
import { aGroup, anOrganization, aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';
import { sessionCookie } from '../testing/graphql-requests';

const DATE = '2026-01-01T00:00:00.000Z';
const ORGANIZATION = anOrganization({ id: 'org-authz', name: 'authzorg' });
const GROUP = aGroup({ name: 'authzgroup', organizationId: ORGANIZATION.id, organizationName: ORGANIZATION.name });
const ADMIN = aStakeholder({ email: 'admin@fluidattacks.com', role: 'admin' });
const MANAGER = aStakeholder({ email: 'manager@customer.com', role: 'user' });
const STRANGER = aStakeholder({ email: 'stranger@customer.com', role: 'user' });

const GROUP_QUERY = '{ group(groupName: "authzgroup") { name userRole permissions serviceAttributes } }';
const ORG_QUERY = `{ organization(organizationId: "${ORGANIZATION.id}") { name userRole permissions } }`;

describe('authorization through real requests', () => {
  let store: TestStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await startTestStore('integrates_authz_test');
    server = await startTestServer({ DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName });
    await Promise.all([ADMIN, MANAGER, STRANGER].map((stakeholder) => putStakeholder(stakeholder)));
    await addOrganization(ORGANIZATION);
    await addGroup(GROUP);
    const state = { hasAccess: true, role: 'user_manager', modifiedBy: ADMIN.email, modifiedDate: DATE };
    await addGroupAccess({ email: MANAGER.email, groupName: GROUP.name, state });
    await addOrganizationAccess({ email: MANAGER.email, organizationId: ORGANIZATION.id, state });
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });

  const as = async (email: string, query: string) => (await postGraphQL(server.url, query, { cookie: await sessionCookie(server, email) })).body;

  it('a group member reads the group with their role, permissions and the service attributes', async () => {
    const body = await as(MANAGER.email, GROUP_QUERY);
    const group = (body.data as { group: { userRole: string; permissions: string[]; serviceAttributes: string[] } }).group;
    expect(group.userRole).toBe('user_manager');
    expect(group.permissions).toContain('group.stakeholder.grant');
    expect(group.permissions).not.toContain('group.vulnerabilities.confirm');
    expect(group.serviceAttributes).toEqual(expect.arrayContaining(['has_asm', 'is_continuous', 'can_report_vulnerabilities']));
  });

  it('an admin without access acts as admin (the fallback)', async () => {
    const body = await as(ADMIN.email, GROUP_QUERY);
    expect(body.data).toMatchObject({ group: { name: 'authzgroup', userRole: 'admin' } });
    const organization = await as(ADMIN.email, ORG_QUERY);
    expect(organization.data).toMatchObject({ organization: { name: 'authzorg', userRole: 'admin' } });
  });

  it('a stranger, a missing group and an anonymous caller learn nothing', async () => {
    for (const query of [GROUP_QUERY, '{ group(groupName: "nosuchgroup") { name } }', ORG_QUERY]) {
      const body = await as(STRANGER.email, query);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]).toMatchObject({ message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } });
      const anonymous = await postGraphQL(server.url, query);
      expect(anonymous.body.errors?.[0]?.message).toBe('Login required');
    }
    const missing = await as(ADMIN.email, '{ group(groupName: "nosuchgroup") { name } }');
    expect(missing.errors?.[0]?.message).toBe('Access denied');
  });

  it('an organization member sees their organization role', async () => {
    const body = await as(MANAGER.email, ORG_QUERY);
    const organization = (body.data as { organization: { userRole: string; permissions: string[] } }).organization;
    expect(organization.userRole).toBe('user_manager');
    expect(organization.permissions).toContain('organization.read');
  });
});
