import { addGuarded } from '../model/guarded-add';
import { organizationFacet, organizationNameGuardFacet } from './entity';
import type { Organization } from './types';

/** Creates an organization; its name is unique across the platform. */
export const addOrganization = (organization: Organization): Promise<void> =>
  addGuarded({
    entity: 'organization',
    label: organization.name,
    guard: organizationNameGuardFacet,
    guardRecord: { name: organization.name, organizationId: organization.id },
    ownerAttribute: 'organization_id',
    owner: organization.id,
    metadata: organizationFacet,
    record: organization,
  });
