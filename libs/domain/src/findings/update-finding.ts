import { updateFindingMetadata, type Finding } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { weaknessByTitle } from '../catalogue/catalogue';
import type { DomainContext } from '../context/context';
import { refreshFindingIndicators } from '../indicators/finding-indicators';
import { validRequirements } from './add-finding';
import { validDescription, validMinTimeToRemediate, type FindingDescriptionInput } from './description';
import { SameValuesError } from './errors';
import { scoreVectors } from './severity';
import { loadActiveFinding } from './visibility';

const store = async (context: DomainContext, finding: Finding, changes: Parameters<typeof updateFindingMetadata>[1]): Promise<Finding> => {
  const updated = await updateFindingMetadata(finding, changes);
  context.loaders.finding.clear(finding.id).prime(finding.id, updated);
  context.loaders.groupFindings.clear(finding.groupName);
  return updated;
};

/** `updateDescription`: the descriptive texts, the unfulfilled requirements and the time to remediate. */
export const updateFindingDescription = async (context: DomainContext, findingId: string, input: FindingDescriptionInput): Promise<Finding> => {
  const finding = await loadActiveFinding(context, findingId);
  const allowed = weaknessByTitle(finding.title)?.requirements ?? finding.unfulfilledRequirements;
  const minTimeToRemediate = validMinTimeToRemediate(input.minTimeToRemediate);
  const changes = {
    ...validDescription(input),
    unfulfilledRequirements: validRequirements(allowed, input.unfulfilledRequirements),
    minTimeToRemediate,
  };
  const updated = await store(context, finding, changes);
  audit({ action: 'finding.description.update', object: `FIN#${finding.id}`, outcome: 'allowed' });
  return updated;
};

/** `updateSeverity`: new CVSS vectors, scored again; indicators that depend on the score follow. */
export const updateFindingSeverity = async (
  context: DomainContext,
  findingId: string,
  cvssVector: string,
  cvss4Vector?: string | null,
): Promise<Finding> => {
  const finding = await loadActiveFinding(context, findingId);
  const severityScore = scoreVectors(cvssVector, cvss4Vector);
  if (JSON.stringify(severityScore) === JSON.stringify(finding.severityScore)) throw new SameValuesError();
  const updated = await store(context, finding, { severityScore });
  await refreshFindingIndicators(context, finding.id);
  audit({ action: 'finding.severity.update', object: `FIN#${finding.id}`, outcome: 'allowed', details: { cvssVector: severityScore.cvssV3 } });
  // The refresh primed the loader with the finding as stored, new indicators included.
  return (await context.loaders.finding.load(finding.id)) ?? updated;
};
