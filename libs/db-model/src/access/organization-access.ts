import { defineAccess } from './define-access';
import type { OrganizationAccess } from './types';

const access = defineAccess<OrganizationAccess, 'organizationId'>({
  name: 'organization_access',
  prefix: 'ORG',
  parentField: 'organizationId',
  parentAttribute: 'organization_id',
  parentLabel: 'organization id',
});

export const organizationAccessKey = access.key;
export const addOrganizationAccess = access.add;
export const getOrganizationAccesses = (requests: readonly { readonly email: string; readonly organizationId: string }[]) =>
  access.getMany(requests.map(({ email, organizationId }) => ({ email, parent: organizationId })));
export const getStakeholderOrganizationAccesses = access.byUser;
export const getOrganizationStakeholderAccesses = access.byParent;
export const updateOrganizationAccessState = access.updateState;
export const removeOrganizationAccess = access.remove;
export const getOrganizationAccessHistory = access.history;
