import { addGuarded } from '../model/guarded-add';
import { findingFacet, findingIdGuardFacet } from './entity';
import type { Finding } from './types';

export const addFinding = (finding: Finding): Promise<void> =>
  addGuarded({
    entity: 'finding',
    label: finding.id,
    guard: findingIdGuardFacet,
    guardRecord: { id: finding.id, groupName: finding.groupName },
    ownerAttribute: 'group_name',
    owner: finding.groupName,
    metadata: findingFacet,
    record: finding,
  });
