import type { AuthzRule } from '@integrates/authz';
import type { Finding } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { isAllowed } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { findingIndicators } from '../indicators/finding-indicators';

export const SEE_DRAFTS: AuthzRule = { level: 'group', action: 'group.finding.see_drafts' };

/** Whether the caller may see unreleased work (draft findings, SUBMITTED and REJECTED vulnerabilities). */
export const canSeeDrafts = (context: DomainContext, groupName: string): Promise<boolean> => isAllowed(context, SEE_DRAFTS, { groupName });

/**
 * A finding that exists and was not removed. A missing or removed finding answers "Access denied",
 * exactly as a forbidden one does.
 */
export const loadActiveFinding = async (context: DomainContext, findingId: string): Promise<Finding> => {
  // An id that cannot name a stored finding (a `#` would forge a key) must not reach a batched read.
  if (findingId.trim() === '' || findingId.includes('#')) throw new AccessDeniedError({ findingId });
  const finding = await context.loaders.finding.load(findingId);
  if (!finding || finding.state.status !== 'CREATED') throw new AccessDeniedError({ findingId });
  return finding;
};

/** A finding the caller may read: drafts (nothing released yet) only for those who may see unreleased work. */
export const viewFinding = async (context: DomainContext, findingId: string): Promise<Finding> => {
  const finding = await loadActiveFinding(context, findingId);
  const { status } = await findingIndicators(context, finding);
  if (status === 'DRAFT' && !(await canSeeDrafts(context, finding.groupName))) throw new AccessDeniedError({ findingId });
  return finding;
};

/** The group's findings the caller may see, removed ones left out. */
export const groupFindings = async (context: DomainContext, groupName: string): Promise<readonly Finding[]> => {
  const findings = (await context.loaders.groupFindings.load(groupName.toLowerCase())).filter((finding) => finding.state.status === 'CREATED');
  if (await canSeeDrafts(context, groupName)) return findings;
  const statuses = await Promise.all(findings.map(async (finding) => (await findingIndicators(context, finding)).status));
  return findings.filter((_finding, index) => statuses[index] !== 'DRAFT');
};
