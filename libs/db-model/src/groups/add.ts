import { addGuarded } from '../model/guarded-add';
import { groupFacet, groupNameGuardFacet } from './entity';
import type { Group } from './types';

/** Creates a group; its name is unique across the platform. */
export const addGroup = (group: Group): Promise<void> =>
  addGuarded({
    entity: 'group',
    label: group.name,
    guard: groupNameGuardFacet,
    guardRecord: { name: group.name, organizationId: group.organizationId },
    ownerAttribute: 'organization_id',
    owner: group.organizationId,
    metadata: groupFacet,
    record: group,
  });
