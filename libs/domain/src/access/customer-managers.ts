import type { Dataloaders } from '@integrates/db-model';
import { collect } from '@integrates/multitasking';
import { giveGroupAccess } from './give-access';

// The original keeps an organization's customer managers (Fluid Attacks staff) in all its groups.

/** A new customer manager of the organization gets that role in each of its active groups. */
export const addCustomerManagerToGroups = async (
  loaders: Dataloaders,
  organizationId: string,
  email: string,
  modifiedBy: string,
): Promise<void> => {
  const groups = (await loaders.organizationGroups.load(organizationId)).filter((group) => group.state.status === 'ACTIVE');
  await collect(
    groups.map((group) => () => giveGroupAccess(loaders, group.name, { email, role: 'customer_manager', modifiedBy })),
    { workers: 8 },
  );
};

/** A new group gets the organization's customer managers. */
export const addCustomerManagersToGroup = async (
  loaders: Dataloaders,
  organizationId: string,
  groupName: string,
  modifiedBy: string,
): Promise<void> => {
  const managers = (await loaders.organizationStakeholdersAccess.load(organizationId)).filter(
    (access) => access.state.hasAccess && access.state.role === 'customer_manager',
  );
  await collect(
    managers.map((access) => () => giveGroupAccess(loaders, groupName, { email: access.email, role: 'customer_manager', modifiedBy })),
    { workers: 8 },
  );
};
