import type { AuthzRule } from '@integrates/authz';
import {
  isReleased,
  type Connection,
  type Finding,
  type PageRequest,
  type TreatmentStatus,
  type VerificationStatus,
  type Vulnerability,
  type VulnerabilityStateStatus,
  type ZeroRiskStatus,
} from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { isAllowed } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { canSeeDrafts, loadActiveFinding } from '../findings/visibility';

const READ_VULNERABILITIES: AuthzRule = { level: 'group', action: 'group.vulnerabilities.read' };
const UNRELEASED: readonly VulnerabilityStateStatus[] = ['SUBMITTED', 'REJECTED'];

export interface VulnerabilityListFilters {
  readonly state?: VulnerabilityStateStatus | null;
  readonly treatment?: TreatmentStatus | null;
  readonly verification?: VerificationStatus | null;
  /** true: only zero risk requested or confirmed; false or unset: the others. */
  readonly zeroRisk?: boolean | null;
  readonly where?: string | null;
}

const EMPTY: Connection<Vulnerability> = { edges: [], pageInfo: { hasNextPage: false } };

/** The store filters for a caller: removed ones never, unreleased ones only for who may see drafts. */
const storeFilters = (filters: VulnerabilityListFilters, drafts: boolean) => ({
  ...(filters.state ? { state: filters.state } : {}),
  ...(filters.treatment ? { treatment: filters.treatment } : {}),
  ...(filters.verification ? { verification: filters.verification } : {}),
  ...(filters.where?.trim() ? { where: filters.where.trim() } : {}),
  zeroRisk: filters.zeroRisk ?? false,
  ...(drafts ? {} : { releasedOnly: true }),
});

const refusesState = (filters: VulnerabilityListFilters, drafts: boolean): boolean =>
  filters.state === 'DELETED' || filters.state === 'MASKED' || (!drafts && filters.state !== null && filters.state !== undefined && UNRELEASED.includes(filters.state));

/** A finding's vulnerabilities, filtered and paged (`first` 1 to 1000, `after` an endCursor of the same list). */
export const findingVulnerabilities = async (
  context: DomainContext,
  finding: Finding,
  filters: VulnerabilityListFilters,
  page: PageRequest,
): Promise<Connection<Vulnerability>> => {
  const drafts = await canSeeDrafts(context, finding.groupName);
  if (refusesState(filters, drafts)) return EMPTY;
  return context.loaders.findingVulnerabilities.load({ findingId: finding.id, filters: storeFilters(filters, drafts), page });
};

/** A finding's vulnerabilities with zero risk requested or confirmed (or only those in `status`). */
export const findingZeroRiskVulnerabilities = (
  context: DomainContext,
  finding: Finding,
  status: ZeroRiskStatus | null | undefined,
  page: PageRequest,
): Promise<Connection<Vulnerability>> =>
  context.loaders.findingVulnerabilities.load({
    findingId: finding.id,
    filters: { zeroRisk: status !== 'REJECTED', ...(status ? { zeroRiskStatus: status } : {}), releasedOnly: true },
    page,
  });

/** A group's vulnerabilities, filtered and paged. */
export const groupVulnerabilities = async (
  context: DomainContext,
  groupName: string,
  filters: VulnerabilityListFilters,
  page: PageRequest,
): Promise<Connection<Vulnerability>> => {
  const drafts = await canSeeDrafts(context, groupName);
  if (refusesState(filters, drafts)) return EMPTY;
  return context.loaders.groupVulnerabilities.load({ groupName: groupName.toLowerCase(), filters: storeFilters(filters, drafts), page });
};

/**
 * One vulnerability the caller may read: not removed, of a finding that was not removed, and released
 * unless the caller may see unreleased work. Anything else answers "Access denied".
 */
export const viewVulnerability = async (context: DomainContext, id: string): Promise<Vulnerability> => {
  const vulnerability = await context.loaders.vulnerability.load(id);
  if (!vulnerability || vulnerability.state.status === 'DELETED' || vulnerability.state.status === 'MASKED') throw new AccessDeniedError({ id });
  await loadActiveFinding(context, vulnerability.findingId);
  if (!isReleased(vulnerability.state.status) && !(await canSeeDrafts(context, vulnerability.groupName))) throw new AccessDeniedError({ id });
  return vulnerability;
};

/** The caller's open vulnerabilities whose treatment is assigned to them, in groups they may still read. */
export const vulnerabilitiesAssigned = async (context: DomainContext): Promise<readonly Vulnerability[]> => {
  const email = requireViewer(context).email.toLowerCase();
  const assigned = (await context.loaders.assignedVulnerabilities.load(email)).filter(
    (vulnerability) => vulnerability.state.status === 'VULNERABLE' && vulnerability.treatment?.assigned?.toLowerCase() === email,
  );
  const groups = [...new Set(assigned.map((vulnerability) => vulnerability.groupName))];
  const readable = new Set(
    (await Promise.all(groups.map(async (groupName) => ((await isAllowed(context, READ_VULNERABILITIES, { groupName })) ? [groupName] : [])))).flat(),
  );
  return assigned.filter((vulnerability) => readable.has(vulnerability.groupName));
};
