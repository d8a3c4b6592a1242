import { randomUUID } from 'node:crypto';
import { addFinding as storeFinding, isoNow, releaseFindingTypeClaim, type Finding, type FindingState } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { groupServiceAttributes } from '../authorization/authorize';
import { titleCode, weaknessByTitle } from '../catalogue/catalogue';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { computeFindingIndicators } from '../indicators/compute-finding-indicators';
import { FindingAlreadyExistsError, GroupCannotReportError, InvalidFindingTitleError, InvalidRequirementsError } from './errors';
import { validDescription, validMinTimeToRemediate, type FindingDescriptionInput } from './description';
import { scoreVectors } from './severity';
import { claimFindingType } from './finding-type-claim';

export interface AddFindingInput extends FindingDescriptionInput {
  readonly groupName: string;
  readonly title: string;
  readonly cvssVector: string;
  readonly cvss4Vector?: string | null;
}

/** The weakness's requirements the finding breaks: a non-empty subset of the type's, no repeats. */
export const validRequirements = (allowed: readonly string[], given: readonly string[]): readonly string[] => {
  const unique = [...new Set(given.map((id) => id.trim()))];
  if (unique.length === 0 || unique.some((id) => !allowed.includes(id))) throw new InvalidRequirementsError(allowed, given);
  return unique;
};

/**
 * Reports a new finding (a type of weakness) in a group, with the original's checks: the title is a
 * catalogue type, the requirements belong to it, the vectors are valid and score above zero, the group
 * may report vulnerabilities and has no other finding of that type.
 */
export const addFinding = async (context: DomainContext, input: AddFindingInput): Promise<Finding> => {
  const viewer = requireViewer(context);
  const group = await context.loaders.group.load(input.groupName.toLowerCase());
  if (!group || group.state.status !== 'ACTIVE') throw new AccessDeniedError({ groupName: input.groupName });
  if (!groupServiceAttributes(group).includes('can_report_vulnerabilities')) throw new GroupCannotReportError(group.name);

  const weakness = weaknessByTitle(input.title);
  if (!weakness) throw new InvalidFindingTitleError(input.title);
  const unfulfilledRequirements = validRequirements(weakness.requirements, input.unfulfilledRequirements);
  const description = validDescription(input);
  const minTimeToRemediate = validMinTimeToRemediate(input.minTimeToRemediate);
  const severityScore = scoreVectors(input.cvssVector, input.cvss4Vector);

  const existing = await context.loaders.groupFindings.load(group.name);
  if (existing.some((finding) => finding.state.status === 'CREATED' && titleCode(finding.title) === weakness.code)) {
    throw new FindingAlreadyExistsError(weakness.code, group.name);
  }

  const now = Date.now();
  const id = randomUUID();
  const claim = { groupName: group.name, code: weakness.code, findingId: id, takenAt: isoNow(now) };
  await claimFindingType(claim, now);
  const state: FindingState = { status: 'CREATED', source: 'ANALYST', modifiedBy: viewer.email, modifiedDate: isoNow(now) };
  const draft: Finding = {
    id,
    groupName: group.name,
    title: `${weakness.code}. ${weakness.title}`,
    ...description,
    unfulfilledRequirements,
    ...(minTimeToRemediate !== undefined ? { minTimeToRemediate } : {}),
    hackerEmail: viewer.email,
    severityScore,
    state,
    creation: state,
  };
  const finding: Finding = { ...draft, unreliableIndicators: { ...computeFindingIndicators([], draft) } };
  try {
    await storeFinding(finding);
  } catch (error) {
    // Best effort: a claim left behind gives way once it is old (see claimFindingType).
    await releaseFindingTypeClaim(claim).catch(() => undefined);
    throw error;
  }
  context.loaders.groupFindings.clear(group.name);
  context.loaders.finding.clear(finding.id).prime(finding.id, finding);
  audit({ action: 'finding.add', object: `FIN#${finding.id}`, outcome: 'allowed', details: { groupName: group.name, title: finding.title } });
  return finding;
};
