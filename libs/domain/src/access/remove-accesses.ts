import {
  EntityNotFoundError,
  getGroupStakeholderAccesses,
  removeGroupAccess,
  removeOrganizationAccess,
  type Dataloaders,
  type GroupAccess,
  type OrganizationAccess,
} from '@integrates/db-model';
import { collect } from '@integrates/multitasking';

/** Removes one group access (its last state stays in the history); one already gone is fine. */
export const dropGroupAccess = async (loaders: Dataloaders, access: GroupAccess): Promise<void> => {
  try {
    await removeGroupAccess(access);
  } catch (error) {
    if (!(error instanceof EntityNotFoundError)) throw error;
  }
  loaders.groupAccess.clear({ email: access.email, groupName: access.groupName });
  loaders.groupStakeholdersAccess.clear(access.groupName);
  loaders.stakeholderGroupsAccess.clear(access.email);
};

export const dropOrganizationAccess = async (loaders: Dataloaders, access: OrganizationAccess): Promise<void> => {
  try {
    await removeOrganizationAccess(access);
  } catch (error) {
    if (!(error instanceof EntityNotFoundError)) throw error;
  }
  loaders.organizationAccess.clear({ email: access.email, organizationId: access.organizationId });
  loaders.organizationStakeholdersAccess.clear(access.organizationId);
  loaders.stakeholderOrganizationsAccess.clear(access.email);
};

/** Every access to the group, pending invitations included; returns how many. */
export const removeAllGroupAccesses = async (loaders: Dataloaders, groupName: string): Promise<number> => {
  const accesses = await getGroupStakeholderAccesses(groupName);
  await collect(accesses.map((access) => () => dropGroupAccess(loaders, access)), { workers: 8 });
  return accesses.length;
};
