import { readHistory } from '../history/read-history';
import { getByKeys, queryAll } from '../model/lookups';
import { findingFacet, findingHistoricState, findingHistoricVerification, findingIdGuardFacet, findingIdGuardKey, findingKey } from './entity';
import type { Finding, FindingState, FindingVerification } from './types';

/** By id: the id guards (which name the group) in one batch, then the metadata in another. */
export const getFindings = async (ids: readonly string[]): Promise<readonly (Finding | undefined)[]> => {
  const guards = await getByKeys(findingIdGuardFacet, ids.map(findingIdGuardKey));
  const found = await getByKeys(findingFacet, guards.flatMap((guard) => (guard ? [findingKey(guard.id, guard.groupName)] : [])));
  const byId = new Map(found.flatMap((finding) => (finding ? [[finding.id, finding] as const] : [])));
  return ids.map((id) => byId.get(id));
};

/** Every finding of a group, removed and masked ones included. */
export const getGroupFindings = (groupName: string): Promise<readonly Finding[]> =>
  queryAll(findingFacet, { index: 'inverted_index', partitionValue: `GROUP#${groupName}`, sortBeginsWith: 'FIN#' });

export const getFindingHistoricState = (finding: Finding): Promise<readonly FindingState[]> =>
  readHistory(findingHistoricState, `FIN#${finding.id}`, finding.state);

export const getFindingHistoricVerification = (finding: Finding): Promise<readonly FindingVerification[]> =>
  readHistory(findingHistoricVerification, `FIN#${finding.id}`, finding.verification);
