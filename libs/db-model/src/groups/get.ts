import { readHistory } from '../history/read-history';
import { getByKeys, queryAll } from '../model/lookups';
import { groupHistoricPolicies, type Policies } from '../policies/policies';
import { groupFacet, groupHistoricState, groupKey, groupNameGuardFacet, groupNameGuardKey } from './entity';
import type { Group, GroupState } from './types';

/** By name: the name guards (which name the organization) in one batch, then the metadata in another. */
export const getGroups = async (names: readonly string[]): Promise<readonly (Group | undefined)[]> => {
  const lowered = names.map((name) => name.toLowerCase());
  const guards = await getByKeys(groupNameGuardFacet, lowered.map(groupNameGuardKey));
  const found = await getByKeys(
    groupFacet,
    guards.flatMap((guard) => (guard ? [groupKey(guard.name, guard.organizationId)] : [])),
  );
  const byName = new Map(found.flatMap((group) => (group ? [[group.name, group] as const] : [])));
  return lowered.map((name) => byName.get(name));
};

/** Every group of an organization, deleted ones included. */
export const getOrganizationGroups = (organizationId: string): Promise<readonly Group[]> =>
  queryAll(groupFacet, { index: 'inverted_index', partitionValue: `ORG#${organizationId}`, sortBeginsWith: 'GROUP#' });

export const getGroupHistoricState = (group: Group): Promise<readonly GroupState[]> =>
  readHistory(groupHistoricState, `GROUP#${group.name}`, group.state);

export const getGroupHistoricPolicies = (group: Group): Promise<readonly Policies[]> =>
  readHistory(groupHistoricPolicies, `GROUP#${group.name}`, group.policies);
