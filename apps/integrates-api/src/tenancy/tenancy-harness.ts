import {
  addGroup,
  addGroupAccess,
  addOrganization,
  addOrganizationAccess,
  getGroupAccesses,
  getOrganizationAccesses,
  putStakeholder,
  type Group,
  type Organization,
} from '@integrates/db-model';
import { aGroup, anOrganization, aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { sessionCookie } from '../testing/graphql-requests';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';

const DATE = '2026-01-01T00:00:00.000Z';

export interface GraphQLAnswer {
  readonly data?: unknown;
  readonly errors?: readonly { readonly message: string; readonly extensions?: Readonly<Record<string, unknown>> }[];
}

/** A real server on its own in-memory table, with helpers to seed tenants and call it as someone. */
export interface TenancyHarness {
  readonly server: TestServer;
  readonly store: TestStore;
  /** Runs a GraphQL document with a real session of `email` (one session per email, reused). */
  readonly as: (email: string, query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;
  readonly anonymous: (query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;
  /** Like `as`, also giving the data-store requests the server made for it (EXPOSE_STORE_CALLS must be on). */
  readonly counted: (email: string, query: string) => Promise<{ answer: GraphQLAnswer; storeCalls: number }>;
  /** A GET to the server: status, content type and body text. */
  readonly get: (path: string) => Promise<{ status: number; type: string; text: string }>;
  readonly stakeholder: (email: string, role?: string) => Promise<void>;
  readonly organization: (name: string, members?: Readonly<Record<string, string>>) => Promise<Organization>;
  readonly group: (organization: Organization, name: string, members?: Readonly<Record<string, string>>, overrides?: Partial<Group>) => Promise<Group>;
  readonly groupAccess: (email: string, groupName: string) => Promise<Awaited<ReturnType<typeof getGroupAccesses>>[number]>;
  readonly organizationAccess: (email: string, organizationId: string) => Promise<Awaited<ReturnType<typeof getOrganizationAccesses>>[number]>;
  readonly stop: () => Promise<void>;
}

export const startTenancyHarness = async (tableName: string, env: Readonly<Record<string, string>> = {}): Promise<TenancyHarness> => {
  const store = await startTestStore(tableName);
  const server = await startTestServer({
    DYNAMODB_ENDPOINT: store.endpoint,
    TABLE_NAME: store.tableName,
    // Many requests from one address in a few seconds: the limiter is tested elsewhere.
    RATE_LIMIT_USER_PER_MINUTE: '0',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    ...env,
  });
  const cookies = new Map<string, string>();
  const cookieOf = async (email: string): Promise<string> => {
    const cached = cookies.get(email);
    if (cached) return cached;
    const cookie = await sessionCookie(server, email);
    cookies.set(email, cookie);
    return cookie;
  };
  const memberState = (role: string) => ({ hasAccess: true, role, modifiedBy: 'admin@fluidattacks.com', modifiedDate: DATE });
  const stakeholder = async (email: string, role = 'user'): Promise<void> => {
    await putStakeholder(aStakeholder({ email, role, firstName: email.split('@')[0] ?? 'someone', lastName: 'Tester' }));
  };
  return {
    server,
    store,
    as: async (email, query, variables) => (await postGraphQL(server.url, query, { cookie: await cookieOf(email), ...(variables ? { variables } : {}) })).body,
    counted: async (email, query) => {
      const response = await fetch(`${server.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: await cookieOf(email), 'x-integrates-csrf': '1' },
        body: JSON.stringify({ query }),
      });
      return { answer: (await response.json()) as GraphQLAnswer, storeCalls: Number(response.headers.get('x-store-calls')) };
    },
    anonymous: async (query, variables) => (await postGraphQL(server.url, query, variables ? { variables } : {})).body,
    get: async (path) => {
      const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
      return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
    },
    stakeholder,
    organization: async (name, members = {}) => {
      const organization = anOrganization({ id: `org-${name}`, name });
      await addOrganization(organization);
      for (const [email, role] of Object.entries(members)) {
        await addOrganizationAccess({ email, organizationId: organization.id, state: memberState(role) });
      }
      return organization;
    },
    group: async (organization, name, members = {}, overrides = {}) => {
      const group = aGroup({ name, organizationId: organization.id, organizationName: organization.name, ...overrides });
      await addGroup(group);
      for (const [email, role] of Object.entries(members)) {
        await addGroupAccess({ email, groupName: name, state: memberState(role) });
      }
      return group;
    },
    groupAccess: async (email, groupName) => (await getGroupAccesses([{ email, groupName }]))[0],
    organizationAccess: async (email, organizationId) => (await getOrganizationAccesses([{ email, organizationId }]))[0],
    stop: async () => {
      await server.close();
      await store.stop();
    },
  };
};

/** The messages of an answer's errors, in order. */
export const messages = (answer: GraphQLAnswer): readonly string[] => (answer.errors ?? []).map((error) => error.message);
