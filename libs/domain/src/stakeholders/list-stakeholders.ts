import type { DomainContext } from '../context/context';
import { viewsOf, type StakeholderView } from './stakeholder-view';

/** The group's members and pending invitees, sorted by email. */
export const groupStakeholders = async (context: DomainContext, groupName: string): Promise<readonly StakeholderView[]> => {
  const accesses = await context.loaders.groupStakeholdersAccess.load(groupName.toLowerCase());
  return [...(await viewsOf(context, accesses))].sort((a, b) => a.email.localeCompare(b.email));
};

export const organizationStakeholders = async (context: DomainContext, organizationId: string): Promise<readonly StakeholderView[]> => {
  const accesses = await context.loaders.organizationStakeholdersAccess.load(organizationId);
  return [...(await viewsOf(context, accesses))].sort((a, b) => a.email.localeCompare(b.email));
};
