import { commitVersioned } from '../history/commit-states';
import { updateMetadata } from '../model/update-metadata';
import { findingFacet, findingHistoricState, findingHistoricVerification, findingKey } from './entity';
import type { Finding, FindingState, FindingVerification } from './types';

const base = (current: Finding) =>
  ({ metadata: findingFacet, key: findingKey(current.id, current.groupName), current, historyPk: `FIN#${current.id}` }) as const;

export const updateFindingState = (current: Finding, state: FindingState): Promise<Finding> =>
  commitVersioned({ ...base(current), attribute: 'state', facet: findingHistoricState, next: state });

export const updateFindingVerification = (current: Finding, verification: FindingVerification): Promise<Finding> =>
  commitVersioned({ ...base(current), attribute: 'verification', facet: findingHistoricVerification, next: verification });

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
