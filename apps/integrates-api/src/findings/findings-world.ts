import { addGroup, addGroupAccess, addOrganization, addOrganizationAccess, putStakeholder } from '@integrates/db-model';
import { aGroup, anOrganization, aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { sessionCookie, signingKeyOf } from '../testing/graphql-requests';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';

const DATE = '2026-01-01T00:00:00.000Z';

/** One stakeholder per group role these tests need, plus an admin (no explicit access) and a stranger. */
export const PEOPLE = {
  admin: { email: 'admin@fluidattacks.com', userRole: 'admin' },
  hacker: { email: 'hacker@fluidattacks.com', userRole: 'hacker', groupRole: 'hacker' },
  reviewer: { email: 'reviewer@fluidattacks.com', userRole: 'hacker', groupRole: 'reviewer' },
  reattacker: { email: 'reattacker@fluidattacks.com', userRole: 'hacker', groupRole: 'reattacker' },
  architect: { email: 'architect@fluidattacks.com', userRole: 'hacker', groupRole: 'architect' },
  user: { email: 'user@customer.com', userRole: 'user', groupRole: 'user' },
  manager: { email: 'manager@customer.com', userRole: 'user', groupRole: 'user_manager' },
  vulnerabilityManager: { email: 'vmanager@customer.com', userRole: 'user', groupRole: 'vulnerability_manager' },
  forces: { email: 'forces.findingsgroup@fluidattacks.com', userRole: 'user', groupRole: 'service_forces' },
  stranger: { email: 'stranger@customer.com', userRole: 'user' },
} as const;
export type Person = keyof typeof PEOPLE;

export const CVSS = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N';
export const CVSS4 = 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:N/SC:N/SI:N/SA:N';

export interface GraphQLBody {
  readonly data?: unknown;
  readonly errors?: readonly { readonly message: string; readonly extensions?: Readonly<Record<string, unknown>> }[];
}

export interface World {
  readonly store: TestStore;
  readonly server: TestServer;
  readonly groupName: string;
  readonly organizationId: string;
  readonly signingKey: Uint8Array;
  /** A GraphQL request as `person`, through a real signed-in session. */
  readonly as: (person: Person, query: string, variables?: Record<string, unknown>) => Promise<GraphQLBody>;
  /** The same, with the response's headers. */
  readonly raw: (person: Person, query: string, variables?: Record<string, unknown>) => Promise<{ body: GraphQLBody; headers: Headers }>;
  /** A GraphQL multipart request carrying one file as `variables.file`. */
  readonly upload: (person: Person, query: string, variables: Record<string, unknown>, file: { name: string; content: string }) => Promise<GraphQLBody>;
  readonly stop: () => Promise<void>;
}

/**
 * A real server on its own in-memory store, with an organization, a continuous group with every
 * service, and one stakeholder per role. Rate limits are off: these files make many requests per user.
 */
export const startWorld = async (tableName: string, groupName = 'findingsgroup', env: Record<string, string> = {}): Promise<World> => {
  const store = await startTestStore(tableName);
  const server = await startTestServer({
    DYNAMODB_ENDPOINT: store.endpoint,
    TABLE_NAME: store.tableName,
    RATE_LIMIT_USER_PER_MINUTE: '0',
    RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
    RATE_LIMIT_TOKEN_PER_MINUTE: '0',
    REQUEST_TIMEOUT_MS: '120000',
    ...env,
  });
  const organization = anOrganization({ name: `org${groupName}`.slice(0, 20) });
  await addOrganization(organization);
  await addGroup(aGroup({ name: groupName, organizationId: organization.id, organizationName: organization.name }));
  for (const person of Object.values(PEOPLE)) {
    await putStakeholder(aStakeholder({ email: person.email, role: person.userRole }));
    if ('groupRole' in person) {
      const state = { hasAccess: true, role: person.groupRole, modifiedBy: PEOPLE.admin.email, modifiedDate: DATE };
      await addGroupAccess({ email: person.email, groupName, state });
      await addOrganizationAccess({ email: person.email, organizationId: organization.id, state: { ...state, role: 'user' } });
    }
  }
  const cookies = new Map<Person, Promise<string>>();
  const cookieOf = (person: Person): Promise<string> => {
    const cached = cookies.get(person) ?? sessionCookie(server, PEOPLE[person].email);
    cookies.set(person, cached);
    return cached;
  };
  return {
    store,
    server,
    groupName,
    organizationId: organization.id,
    signingKey: signingKeyOf(server),
    as: async (person, query, variables = {}) => (await postGraphQL(server.url, query, { cookie: await cookieOf(person), variables })).body,
    raw: async (person, query, variables = {}) => {
      const response = await fetch(`${server.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', cookie: await cookieOf(person), 'x-integrates-csrf': '1' },
        body: JSON.stringify({ query, variables }),
      });
      return { body: (await response.json()) as GraphQLBody, headers: response.headers };
    },
    upload: async (person, query, variables, file) => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new Blob([file.content], { type: 'application/x-yaml' }), file.name);
      const response = await fetch(`${server.url}/api`, {
        method: 'POST',
        headers: { accept: 'application/graphql-response+json', cookie: await cookieOf(person), 'x-integrates-csrf': '1' },
        body: form,
      });
      return (await response.json()) as GraphQLBody;
    },
    stop: async () => {
      await server.close();
      await store.stop();
    },
  };
};

/** The first error's message and code, or undefined. */
export const errorOf = (body: GraphQLBody): { message: string; code: unknown } | undefined =>
  body.errors?.[0] ? { message: body.errors[0].message, code: body.errors[0].extensions?.['code'] } : undefined;

/** The data of a body that must have no errors. */
export const dataOf = <T>(body: GraphQLBody): T => {
  if (body.errors?.length) throw new Error(`Unexpected errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
};

export const ADD_FINDING = `mutation AddFinding($groupName: String!, $title: String!, $requirements: [String!]!, $cvss: String!, $cvss4: String) {
  addFinding(groupName: $groupName, title: $title, description: "Queries are built by concatenating user input.",
    threat: "An anonymous attacker on the internet.", recommendation: "Use parameterized statements.",
    attackVectorDescription: "Send a crafted value in the login form.", unfulfilledRequirements: $requirements,
    minTimeToRemediate: 60, cvssVector: $cvss, cvss4Vector: $cvss4) { success finding { id title status } }
}`;

/** Adds a finding as the hacker and returns its id. */
export const addFindingAs = async (world: World, title = '001. SQL injection', requirements: readonly string[] = ['169', '173']): Promise<string> => {
  const body = await world.as('hacker', ADD_FINDING, { groupName: world.groupName, title, requirements, cvss: CVSS, cvss4: CVSS4 });
  return dataOf<{ addFinding: { finding: { id: string } } }>(body).addFinding.finding.id;
};

export const ADD_VULNERABILITIES = `mutation Add($findingId: String!, $vulnerabilities: VulnerabilitiesInput!) {
  addVulnerabilities(findingId: $findingId, vulnerabilities: $vulnerabilities) { success addedVulnerabilities }
}`;

/** Reports `count` LINES vulnerabilities (src/file-<prefix>.ts, lines 1..count) as the hacker. */
export const reportLines = async (world: World, findingId: string, count: number, prefix = 'a'): Promise<void> => {
  const lines = Array.from({ length: count }, (_, index) => ({ path: `src/file-${prefix}.ts`, line: String(index + 1) }));
  dataOf(await world.as('hacker', ADD_VULNERABILITIES, { findingId, vulnerabilities: { lines } }));
};

export const VULNERABILITY_IDS = `query Ids($findingId: String!, $state: VulnerabilityState, $first: Int, $after: String) {
  finding(identifier: $findingId) { vulnerabilitiesConnection(state: $state, first: $first, after: $after) {
    edges { node { id specific } } pageInfo { hasNextPage endCursor } } }
}`;

/** The ids of the finding's vulnerabilities in a state, read as the admin, sorted by line. */
export const idsIn = async (world: World, findingId: string, state: string): Promise<readonly string[]> => {
  const body = await world.as('admin', VULNERABILITY_IDS, { findingId, state, first: 1000 });
  const edges = dataOf<{ finding: { vulnerabilitiesConnection: { edges: { node: { id: string; specific: string } }[] } } }>(body).finding
    .vulnerabilitiesConnection.edges;
  return edges.sort((a, b) => Number(a.node.specific) - Number(b.node.specific)).map((edge) => edge.node.id);
};

export const CONFIRM = `mutation Confirm($findingId: String!, $ids: [String!]!) {
  confirmVulnerabilities(findingId: $findingId, vulnerabilities: $ids) { success updatedVulnerabilities failedVulnerabilities { id code message } }
}`;

/** Reports `count` vulnerabilities and has the reviewer release them; returns their ids (by line). */
export const releasedLines = async (world: World, findingId: string, count: number, prefix = 'a'): Promise<readonly string[]> => {
  await reportLines(world, findingId, count, prefix);
  const submitted = await idsIn(world, findingId, 'SUBMITTED');
  dataOf(await world.as('reviewer', CONFIRM, { findingId, ids: submitted }));
  return submitted;
};
