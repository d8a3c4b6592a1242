import DataLoader from 'dataloader';
import {
  getGroupAccesses,
  getGroupAccessHistory,
  getGroupStakeholderAccesses,
  getOrganizationAccesses,
  getOrganizationAccessHistory,
  getOrganizationStakeholderAccesses,
  getStakeholderGroupAccesses,
  getStakeholderOrganizationAccesses,
  type AccessState,
  type GroupAccess,
  type OrganizationAccess,
} from './access';
import {
  getEventComments,
  getFindingComments,
  getGroupComments,
  type EventComment,
  type FindingComment,
  type GroupComment,
} from './comments';
import { getEventHistoricState, getEvents, getGroupEvents, type Event, type EventState } from './events';
import {
  getFindingHistoricState,
  getFindingHistoricVerification,
  getFindings,
  getGroupFindings,
  type Finding,
  type FindingState,
  type FindingVerification,
} from './findings';
import {
  getGroupHistoricPolicies,
  getGroupHistoricState,
  getGroups,
  getOrganizationGroups,
  type Group,
  type GroupState,
} from './groups';
import {
  getOrganizationHistoricPolicies,
  getOrganizationHistoricState,
  getOrganizationsById,
  getOrganizationsByName,
  type Organization,
  type OrganizationState,
} from './organizations';
import type { Connection, PageRequest } from './paging/connection';
import type { Policies } from './policies/policies';
import { getGroupRoots, getRootHistoricState, getRoots, type Root, type RootState } from './roots';
import { getStakeholders, type Stakeholder } from './stakeholders';
import {
  getAllFindingVulnerabilities,
  getAssignedVulnerabilities,
  getEventVulnerabilities,
  getFindingVulnerabilities,
  getGroupVulnerabilities,
  getRootVulnerabilities,
  getVulnerabilities,
  getVulnerabilityHistoricState,
  getVulnerabilityHistoricTreatment,
  getVulnerabilityHistoricVerification,
  getVulnerabilityHistoricZeroRisk,
  type Vulnerability,
  type VulnerabilityFilters,
  type VulnerabilityState,
  type VulnerabilityTreatment,
  type VulnerabilityVerification,
  type VulnerabilityZeroRisk,
} from './vulnerabilities';

export interface PagedVulnerabilities {
  readonly filters: VulnerabilityFilters;
  readonly page: PageRequest;
}

/** Loads each key on its own (a query per key), for access paths that BatchGetItem cannot serve. */
const each = <K, V>(load: (key: K) => Promise<V>) => (keys: readonly K[]) => Promise.all(keys.map(load));
const json = (key: unknown): string => JSON.stringify(key);
const byId = <R extends { readonly id: string }>(record: R): string => record.id;

/**
 * Per-request loaders, one per access path. Reads by key are batched (BatchGetItem, 100 keys a call);
 * list loaders prime the loaders of what they list, so a later read by key costs no store call.
 */
export const createDataloaders = () => {
  const stakeholder = new DataLoader<string, Stakeholder | undefined, string>((emails) => getStakeholders(emails), {
    cacheKeyFn: (email) => email.toLowerCase(),
  });
  const organization = new DataLoader<string, Organization | undefined>((ids) => getOrganizationsById(ids));
  const organizationByName = new DataLoader<string, Organization | undefined, string>(
    (names) => getOrganizationsByName(names),
    { cacheKeyFn: (name) => name.toLowerCase() },
  );
  const group = new DataLoader<string, Group | undefined, string>((names) => getGroups(names), {
    cacheKeyFn: (name) => name.toLowerCase(),
  });
  const finding = new DataLoader<string, Finding | undefined>((ids) => getFindings(ids));
  const vulnerability = new DataLoader<string, Vulnerability | undefined>((ids) => getVulnerabilities(ids));
  const event = new DataLoader<{ id: string; groupName: string }, Event | undefined, string>((keys) => getEvents(keys), {
    cacheKeyFn: json,
  });
  const root = new DataLoader<{ id: string; groupName: string }, Root | undefined, string>((keys) => getRoots(keys), {
    cacheKeyFn: json,
  });
  const organizationAccess = new DataLoader<{ email: string; organizationId: string }, OrganizationAccess | undefined, string>(
    (keys) => getOrganizationAccesses(keys),
    { cacheKeyFn: ({ email, organizationId }) => `${email.toLowerCase()}/${organizationId}` },
  );
  const groupAccess = new DataLoader<{ email: string; groupName: string }, GroupAccess | undefined, string>(
    (keys) => getGroupAccesses(keys),
    { cacheKeyFn: ({ email, groupName }) => `${email.toLowerCase()}/${groupName}` },
  );

  const primeAll = <K, V, C>(loader: DataLoader<K, V | undefined, C>, records: readonly V[], keyOf: (record: V) => K): void => {
    for (const record of records) loader.clear(keyOf(record)).prime(keyOf(record), record);
  };
  const primeVulnerabilities = (records: readonly Vulnerability[]): void => primeAll(vulnerability, records, byId);
  const primeConnection = (connection: Connection<Vulnerability>): Connection<Vulnerability> => {
    primeVulnerabilities(connection.edges.map((edge) => edge.node));
    return connection;
  };

  const organizationGroups = new DataLoader<string, readonly Group[]>(
    each(async (organizationId) => {
      const groups = await getOrganizationGroups(organizationId);
      primeAll(group, groups, (record) => record.name);
      return groups;
    }),
  );
  const groupFindings = new DataLoader<string, readonly Finding[]>(
    each(async (groupName) => {
      const findings = await getGroupFindings(groupName);
      primeAll(finding, findings, byId);
      return findings;
    }),
  );
  const findingVulnerabilitiesAll = new DataLoader<string, readonly Vulnerability[]>(
    each(async (findingId) => {
      const vulnerabilities = await getAllFindingVulnerabilities(findingId);
      primeVulnerabilities(vulnerabilities);
      return vulnerabilities;
    }),
  );
  const findingVulnerabilities = new DataLoader<{ findingId: string } & PagedVulnerabilities, Connection<Vulnerability>, string>(
    each(async ({ findingId, filters, page }) => primeConnection(await getFindingVulnerabilities(findingId, filters, page))),
    { cacheKeyFn: json },
  );
  const groupVulnerabilities = new DataLoader<{ groupName: string } & PagedVulnerabilities, Connection<Vulnerability>, string>(
    each(async ({ groupName, filters, page }) => primeConnection(await getGroupVulnerabilities(groupName, filters, page))),
    { cacheKeyFn: json },
  );
  const listing = (load: (key: string) => Promise<readonly Vulnerability[]>) =>
    new DataLoader<string, readonly Vulnerability[]>(
      each(async (key) => {
        const vulnerabilities = await load(key);
        primeVulnerabilities(vulnerabilities);
        return vulnerabilities;
      }),
    );
  const groupStakeholdersAccess = new DataLoader<string, readonly GroupAccess[]>(
    each(async (groupName) => {
      const accesses = await getGroupStakeholderAccesses(groupName);
      primeAll(groupAccess, accesses, ({ email, groupName: name }) => ({ email, groupName: name }));
      return accesses;
    }),
  );
  const stakeholderGroupsAccess = new DataLoader<string, readonly GroupAccess[], string>(
    each(async (email) => {
      const accesses = await getStakeholderGroupAccesses(email);
      primeAll(groupAccess, accesses, ({ email: user, groupName }) => ({ email: user, groupName }));
      return accesses;
    }),
    { cacheKeyFn: (email) => email.toLowerCase() },
  );
  const organizationStakeholdersAccess = new DataLoader<string, readonly OrganizationAccess[]>(
    each(async (organizationId) => {
      const accesses = await getOrganizationStakeholderAccesses(organizationId);
      primeAll(organizationAccess, accesses, ({ email, organizationId: id }) => ({ email, organizationId: id }));
      return accesses;
    }),
  );
  const stakeholderOrganizationsAccess = new DataLoader<string, readonly OrganizationAccess[], string>(
    each(async (email) => {
      const accesses = await getStakeholderOrganizationAccesses(email);
      primeAll(organizationAccess, accesses, ({ email: user, organizationId }) => ({ email: user, organizationId }));
      return accesses;
    }),
    { cacheKeyFn: (email) => email.toLowerCase() },
  );
  const groupRoots = new DataLoader<string, readonly Root[]>(
    each(async (groupName) => {
      const roots = await getGroupRoots(groupName);
      primeAll(root, roots, ({ id, groupName: name }) => ({ id, groupName: name }));
      return roots;
    }),
  );
  const groupEvents = new DataLoader<{ groupName: string; solved?: boolean }, readonly Event[], string>(
    each(async ({ groupName, solved }) => {
      const events = await getGroupEvents(groupName, solved);
      primeAll(event, events, ({ id, groupName: name }) => ({ id, groupName: name }));
      return events;
    }),
    { cacheKeyFn: json },
  );
  const history = <R extends object, S>(load: (record: R) => Promise<readonly S[]>, keyOf: (record: R) => string) =>
    new DataLoader<R, readonly S[], string>(each(load), { cacheKeyFn: keyOf });

  return {
    stakeholder,
    organization,
    organizationByName,
    group,
    finding,
    vulnerability,
    event,
    root,
    organizationAccess,
    groupAccess,
    organizationGroups,
    groupFindings,
    findingVulnerabilities,
    findingVulnerabilitiesAll,
    groupVulnerabilities,
    assignedVulnerabilities: listing(getAssignedVulnerabilities),
    rootVulnerabilities: listing(getRootVulnerabilities),
    eventVulnerabilities: listing(getEventVulnerabilities),
    groupStakeholdersAccess,
    stakeholderGroupsAccess,
    organizationStakeholdersAccess,
    stakeholderOrganizationsAccess,
    groupRoots,
    groupEvents,
    findingComments: new DataLoader<string, readonly FindingComment[]>(each(getFindingComments)),
    groupComments: new DataLoader<string, readonly GroupComment[]>(each(getGroupComments)),
    eventComments: new DataLoader<{ eventId: string; groupName: string }, readonly EventComment[], string>(
      each(({ eventId, groupName }) => getEventComments(eventId, groupName)),
      { cacheKeyFn: json },
    ),
    organizationHistoricState: history<Organization, OrganizationState>(getOrganizationHistoricState, byId),
    organizationHistoricPolicies: history<Organization, Policies>(getOrganizationHistoricPolicies, byId),
    groupHistoricState: history<Group, GroupState>(getGroupHistoricState, (record) => record.name),
    groupHistoricPolicies: history<Group, Policies>(getGroupHistoricPolicies, (record) => record.name),
    findingHistoricState: history<Finding, FindingState>(getFindingHistoricState, byId),
    findingHistoricVerification: history<Finding, FindingVerification>(getFindingHistoricVerification, byId),
    vulnerabilityHistoricState: history<Vulnerability, VulnerabilityState>(getVulnerabilityHistoricState, byId),
    vulnerabilityHistoricTreatment: history<Vulnerability, VulnerabilityTreatment>(getVulnerabilityHistoricTreatment, byId),
    vulnerabilityHistoricVerification: history<Vulnerability, VulnerabilityVerification>(getVulnerabilityHistoricVerification, byId),
    vulnerabilityHistoricZeroRisk: history<Vulnerability, VulnerabilityZeroRisk>(getVulnerabilityHistoricZeroRisk, byId),
    eventHistoricState: history<Event, EventState>(getEventHistoricState, byId),
    rootHistoricState: history<Root, RootState>(getRootHistoricState, byId),
    groupAccessHistory: history<GroupAccess, AccessState>(getGroupAccessHistory, ({ email, groupName }) => `${email}/${groupName}`),
    organizationAccessHistory: history<OrganizationAccess, AccessState>(
      getOrganizationAccessHistory,
      ({ email, organizationId }) => `${email}/${organizationId}`,
    ),
  };
};

/** One set per request: each loader batches the reads of one tick and caches them for the request. */
export type Dataloaders = ReturnType<typeof createDataloaders>;
