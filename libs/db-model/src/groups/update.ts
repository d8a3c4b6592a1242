import { commitStates, versionedChange } from '../history/commit-states';
import { updateMetadata } from '../model/update-metadata';
import { groupHistoricPolicies, type Policies } from '../policies/policies';
import { groupFacet, groupHistoricState, groupKey } from './entity';
import type { Group, GroupState } from './types';

export const updateGroupState = async (current: Group, state: GroupState): Promise<Group> => {
  const next = { ...current, state };
  await commitStates({
    metadata: groupFacet,
    key: groupKey(current.name, current.organizationId),
    currentRecord: current,
    nextRecord: next,
    transitions: [versionedChange(groupHistoricState, `GROUP#${current.name}`, 'state', current.state, state)],
  });
  return next;
};

export const updateGroupPolicies = async (current: Group, policies: Policies): Promise<Group> => {
  const next = { ...current, policies };
  await commitStates({
    metadata: groupFacet,
    key: groupKey(current.name, current.organizationId),
    currentRecord: current,
    nextRecord: next,
    transitions: [versionedChange(groupHistoricPolicies, `GROUP#${current.name}`, 'policies', current.policies, policies)],
  });
  return next;
};

type GroupInfo = Pick<Group, 'description' | 'language' | 'businessId' | 'businessName' | 'context' | 'disambiguation' | 'sprintDuration' | 'unreliableIndicators'>;

/** Plain metadata (description, language, business data, indicators): SET/REMOVE, no history. */
export const updateGroupMetadata = (current: Group, changes: Partial<GroupInfo>): Promise<Group> =>
  updateMetadata<Group>({ facet: groupFacet, key: groupKey(current.name, current.organizationId), current, changes });
