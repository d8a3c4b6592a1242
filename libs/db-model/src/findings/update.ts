import { commitStates, versionedChange } from '../history/commit-states';
import { updateMetadata } from '../model/update-metadata';
import { findingFacet, findingHistoricState, findingHistoricVerification, findingKey } from './entity';
import type { Finding, FindingState, FindingVerification } from './types';

export const updateFindingState = async (current: Finding, state: FindingState): Promise<Finding> => {
  const next = { ...current, state };
  await commitStates({
    metadata: findingFacet,
    key: findingKey(current.id, current.groupName),
    currentRecord: current,
    nextRecord: next,
    transitions: [versionedChange(findingHistoricState, `FIN#${current.id}`, 'state', current.state, state)],
  });
  return next;
};

export const updateFindingVerification = async (current: Finding, verification: FindingVerification): Promise<Finding> => {
  const next = { ...current, verification };
  await commitStates({
    metadata: findingFacet,
    key: findingKey(current.id, current.groupName),
    currentRecord: current,
    nextRecord: next,
    transitions: [
      versionedChange(findingHistoricVerification, `FIN#${current.id}`, 'verification', current.verification, verification),
    ],
  });
  return next;
};

type FindingDescription = Pick<
  Finding,
  | 'title'
  | 'description'
  | 'threat'
  | 'recommendation'
  | 'attackVectorDescription'
  | 'unfulfilledRequirements'
  | 'minTimeToRemediate'
  | 'severityScore'
  | 'unreliableIndicators'
>;

/** Plain metadata (description fields, severity, indicators): SET/REMOVE, no history. */
export const updateFindingMetadata = (current: Finding, changes: Partial<FindingDescription>): Promise<Finding> =>
  updateMetadata<Finding>({ facet: findingFacet, key: findingKey(current.id, current.groupName), current, changes });
