import { isFluidAttacksEmail } from '@integrates/authz';
import type { GroupAccess, OrganizationAccess, Stakeholder } from '@integrates/db-model';
import { accessRole, invitationState, type InvitationState } from '../access/invitation-state';
import type { DomainContext } from '../context/context';

/** A stakeholder as a member of one group or organization. */
export interface StakeholderView {
  readonly email: string;
  readonly role?: string;
  readonly responsibility?: string;
  readonly invitationState: InvitationState;
  readonly firstLogin?: string;
  readonly lastLogin?: string;
  readonly entity: 'GROUP' | 'ORGANIZATION';
  readonly access: GroupAccess | OrganizationAccess;
}

export const stakeholderView = (access: GroupAccess | OrganizationAccess, stakeholder: Stakeholder | undefined): StakeholderView => {
  const role = accessRole(access.state);
  const responsibility = access.state.invitation && !access.state.invitation.isUsed ? access.state.invitation.responsibility : access.state.responsibility;
  return {
    email: access.email,
    ...(role ? { role } : {}),
    ...(responsibility ? { responsibility } : {}),
    invitationState: invitationState(access.state, stakeholder),
    ...(stakeholder?.registrationDate ? { firstLogin: stakeholder.registrationDate } : {}),
    ...(stakeholder?.lastLoginDate ? { lastLogin: stakeholder.lastLoginDate } : {}),
    entity: 'groupName' in access ? 'GROUP' : 'ORGANIZATION',
    access,
  };
};

/** As in the original, customers do not see Fluid Attacks staff among a group's or organization's members. */
export const visibleTo = (context: DomainContext) => {
  const viewerIsStaff = context.viewer !== undefined && isFluidAttacksEmail(context.viewer.email);
  return (email: string): boolean => viewerIsStaff || !isFluidAttacksEmail(email);
};

export const viewsOf = async (
  context: DomainContext,
  accesses: readonly (GroupAccess | OrganizationAccess)[],
): Promise<readonly StakeholderView[]> => {
  const visible = accesses.filter((access) => visibleTo(context)(access.email));
  const stakeholders = await context.loaders.stakeholder.loadMany(visible.map((access) => access.email));
  return visible.map((access, index) => {
    const stakeholder = stakeholders[index];
    return stakeholderView(access, stakeholder instanceof Error ? undefined : stakeholder);
  });
};
