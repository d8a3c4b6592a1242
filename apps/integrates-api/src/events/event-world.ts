import {
  addFinding,
  addGroup,
  addGroupAccess,
  addOrganization,
  addRoot,
  putStakeholder,
  type Root,
} from '@integrates/db-model';
import { aFinding, aGroup, anOrganization, aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { sessionCookie } from '../testing/graphql-requests';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';

// A world for the event tests: one organization, two groups, roots, a finding, and one stakeholder per role.

const DATE = '2026-01-01T00:00:00.000Z';
const BY = 'admin@fluidattacks.com';

export const ORGANIZATION = anOrganization({ id: 'org-events', name: 'eventorg' });
export const GROUP = aGroup({ name: 'eventgroup', organizationId: ORGANIZATION.id, organizationName: ORGANIZATION.name });
export const OTHER_GROUP = aGroup({ name: 'othergroup', organizationId: ORGANIZATION.id, organizationName: ORGANIZATION.name });
/** A one-shot group: events yes, but no re-attacks to hold (the hacker is a member). */
export const ONESHOT_GROUP = aGroup({
  name: 'oneshotgroup',
  organizationId: ORGANIZATION.id,
  organizationName: ORGANIZATION.name,
  state: { ...GROUP.state, type: 'ONESHOT' },
});

const aRoot = (id: string, groupName: string, nickname: string, status: Root['state']['status']): Root => ({
  id,
  groupName,
  organizationName: ORGANIZATION.name,
  type: 'Git',
  createdBy: BY,
  createdDate: DATE,
  state: { status, nickname, url: `https://example.com/${nickname}.git`, branch: 'main', modifiedBy: BY, modifiedDate: DATE },
});

export const ACTIVE_ROOT = aRoot('root-active', GROUP.name, 'back', 'ACTIVE');
export const INACTIVE_ROOT = aRoot('root-inactive', GROUP.name, 'legacy', 'INACTIVE');
export const OTHER_GROUP_ROOT = aRoot('root-other', OTHER_GROUP.name, 'front', 'ACTIVE');
export const FINDING = aFinding({ groupName: GROUP.name });
export const OTHER_FINDING = aFinding({ groupName: OTHER_GROUP.name });

/** One stakeholder per group role the tests use; each email names its role. */
export const ROLES = ['hacker', 'reattacker', 'user', 'user_manager', 'reviewer', 'resourcer', 'service_forces', 'vulnerability_manager'] as const;
export type TestRole = (typeof ROLES)[number];
export const emailOf = (role: TestRole): string =>
  ['user', 'user_manager', 'vulnerability_manager'].includes(role) ? `${role}@customer.com` : `${role}@fluidattacks.com`;
export const STRANGER = 'stranger@customer.com';

export interface EventWorld {
  readonly store: TestStore;
  readonly server: TestServer;
  /** Runs a GraphQL document as a signed-in stakeholder; gives the response body. */
  readonly as: (
    email: string,
    query: string,
    variables?: Record<string, unknown>,
  ) => Promise<{ data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;
  readonly close: () => Promise<void>;
}

export const startEventWorld = async (tableName: string): Promise<EventWorld> => {
  const store = await startTestStore(tableName);
  const server = await startTestServer({ DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName, RATE_LIMIT_USER_PER_MINUTE: '0' });
  await addOrganization(ORGANIZATION);
  await Promise.all([GROUP, OTHER_GROUP, ONESHOT_GROUP].map((group) => addGroup(group)));
  await Promise.all([ACTIVE_ROOT, INACTIVE_ROOT, OTHER_GROUP_ROOT].map((root) => addRoot(root)));
  await Promise.all([FINDING, OTHER_FINDING].map((finding) => addFinding(finding)));
  await Promise.all(
    [...ROLES.map(emailOf), STRANGER].map((email) =>
      putStakeholder(aStakeholder({ email, firstName: 'Test', lastName: email.split('@')[0] ?? '', role: email.endsWith('@fluidattacks.com') ? 'hacker' : 'user' })),
    ),
  );
  await Promise.all(
    ROLES.map((role) =>
      addGroupAccess({ email: emailOf(role), groupName: GROUP.name, state: { hasAccess: true, role, modifiedBy: BY, modifiedDate: DATE } }),
    ),
  );
  await addGroupAccess({ email: emailOf('hacker'), groupName: ONESHOT_GROUP.name, state: { hasAccess: true, role: 'hacker', modifiedBy: BY, modifiedDate: DATE } });
  const cookies = new Map<string, string>();
  const cookieOf = async (email: string): Promise<string> => {
    const known = cookies.get(email);
    if (known) return known;
    const cookie = await sessionCookie(server, email);
    cookies.set(email, cookie);
    return cookie;
  };
  return {
    store,
    server,
    as: async (email, query, variables) => (await postGraphQL(server.url, query, { cookie: await cookieOf(email), ...(variables ? { variables } : {}) })).body,
    close: async () => {
      await server.close();
      await store.stop();
    },
  };
};

/** The first error's message, for refusals. */
export const errorOf = (body: { errors?: { message: string }[] }): string | undefined => body.errors?.[0]?.message;

export const ADD_EVENT = `mutation ($groupName: String!, $detail: String!, $eventDate: String!, $eventType: EventType!, $rootId: String) {
  addEvent(groupName: $groupName, detail: $detail, eventDate: $eventDate, eventType: $eventType, rootId: $rootId) { success eventId }
}`;

/** Reports an event as the hacker and gives its id. */
export const reportEvent = async (world: EventWorld, overrides: Record<string, unknown> = {}): Promise<string> => {
  const body = await world.as(emailOf('hacker'), ADD_EVENT, {
    groupName: GROUP.name,
    detail: 'The VPN rejects our credentials',
    eventDate: '2026-03-01T08:00:00Z',
    eventType: 'VPN_ISSUES',
    ...overrides,
  });
  const payload = (body.data as { addEvent?: { eventId: string } } | null)?.addEvent;
  if (!payload) throw new Error(`addEvent failed: ${JSON.stringify(body.errors)}`);
  return payload.eventId;
};
