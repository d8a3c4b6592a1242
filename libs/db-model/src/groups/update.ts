import { commitVersioned } from '../history/commit-states';
import { updateMetadata } from '../model/update-metadata';
import { groupHistoricPolicies, type Policies } from '../policies/policies';
import { groupFacet, groupHistoricState, groupKey } from './entity';
import type { Group, GroupState } from './types';

const base = (current: Group) =>
  ({ metadata: groupFacet, key: groupKey(current.name, current.organizationId), current, historyPk: `GROUP#${current.name}` }) as const;

export const updateGroupState = (current: Group, state: GroupState): Promise<Group> =>
  commitVersioned({ ...base(current), attribute: 'state', facet: groupHistoricState, next: state });

export const updateGroupPolicies = (current: Group, policies: Policies): Promise<Group> =>
  commitVersioned({ ...base(current), attribute: 'policies', facet: groupHistoricPolicies, next: policies });

type GroupInfo = Pick<Group, 'description' | 'language' | 'businessId' | 'businessName' | 'context' | 'disambiguation' | 'sprintDuration' | 'unreliableIndicators'>;

/** Plain metadata (description, language, business data, indicators): SET/REMOVE, no history. */
export const updateGroupMetadata = (current: Group, changes: Partial<GroupInfo>): Promise<Group> =>
  updateMetadata<Group>({ facet: groupFacet, key: groupKey(current.name, current.organizationId), current, changes });
