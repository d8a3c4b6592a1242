import { parseUserRole, userRoleForFirstAccess } from '@integrates/authz';
import {
  nextModifiedDate,
  updateGroupAccessState,
  updateOrganizationAccessState,
  updateStakeholder,
  type AccessState,
  type Dataloaders,
  type GroupAccess,
  type OrganizationAccess,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { addCustomerManagerToGroups } from '../access/customer-managers';
import { giveOrganizationAccess } from '../access/give-access';
import { dropGroupAccess, dropOrganizationAccess } from '../access/remove-accesses';
import type { DomainContext } from '../context/context';
import { readInvitation } from './read-invitation';

export type InvitationEntity = 'group' | 'organization';

/** What became of an invitation link: done, or why not (each a different page for the invitee). */
export type InvitationOutcome =
  | { readonly outcome: 'confirmed' | 'rejected'; readonly entity: InvitationEntity; readonly name: string; readonly role: string }
  | { readonly outcome: 'invalid' | 'expired' | 'used' | 'withdrawn' };

interface Pending {
  readonly email: string;
  readonly name: string;
  readonly state: AccessState;
  readonly access: GroupAccess | OrganizationAccess;
}

/** The access a link stands for, if the link is still the one to answer it. */
const pendingAccess = async (context: DomainContext, entity: InvitationEntity, token: string): Promise<Pending | InvitationOutcome> => {
  const reading = await readInvitation(token, context.signingKey);
  if (!reading.valid) return { outcome: reading.problem };
  const { claims } = reading;
  if (claims.entity !== entity) return { outcome: 'invalid' };
  const loaders = context.loaders;
  if (entity === 'group') {
    const [access, group] = await Promise.all([
      loaders.groupAccess.load({ email: claims.email, groupName: claims.target }),
      loaders.group.load(claims.target),
    ]);
    if (!access || !group || group.state.status !== 'ACTIVE') return { outcome: 'withdrawn' };
    return { email: claims.email, name: group.name, state: access.state, access };
  }
  const [access, organization] = await Promise.all([
    loaders.organizationAccess.load({ email: claims.email, organizationId: claims.target }),
    loaders.organization.load(claims.target),
  ]);
  if (!access || !organization || organization.state.status !== 'ACTIVE') return { outcome: 'withdrawn' };
  return { email: claims.email, name: organization.name, state: access.state, access };
};

const usable = (pending: Pending, token: string): InvitationOutcome | undefined => {
  const { invitation } = pending.state;
  if (pending.state.hasAccess || invitation?.isUsed) return { outcome: 'used' };
  // A newer invitation (or a role change that reissued it) replaced this link.
  if (!invitation || invitation.urlToken !== token) return { outcome: 'withdrawn' };
  return undefined;
};

/** The invitee's first access gives them a user-level role if they have none, and enrols them. */
const enrol = async (loaders: Dataloaders, email: string): Promise<void> => {
  const stakeholder = await loaders.stakeholder.load(email);
  if (!stakeholder) return;
  const role = userRoleForFirstAccess({ email, currentUserRole: parseUserRole(stakeholder.role) });
  if (!role && stakeholder.enrolled) return;
  await updateStakeholder(stakeholder, { enrolled: true, ...(role ? { role } : {}) });
  loaders.stakeholder.clear(email);
};

/**
 * Accepts an invitation from its link (the signed token is the proof; no session is needed, as the
 * original): the access gets the invited role. Joining a group also makes the invitee a `user` of its
 * organization when they have no access there yet.
 */
export const confirmInvitation = async (context: DomainContext, entity: InvitationEntity, token: string): Promise<InvitationOutcome> => {
  const pending = await pendingAccess(context, entity, token);
  if (!('access' in pending)) return pending;
  const refusal = usable(pending, token);
  if (refusal) return refusal;
  const { invitation, expirationTime: _expiry, ...state } = pending.state;
  const role = invitation?.role ?? '';
  const responsibility = invitation?.responsibility ?? state.responsibility;
  const accepted: AccessState = {
    ...state,
    hasAccess: true,
    role,
    ...(responsibility ? { responsibility } : {}),
    ...(invitation ? { invitation: { ...invitation, isUsed: true } } : {}),
    modifiedBy: pending.email,
    modifiedDate: nextModifiedDate(state.modifiedDate),
  };
  const loaders = context.loaders;
  if ('groupName' in pending.access) {
    await updateGroupAccessState(pending.access, accepted);
    loaders.groupAccess.clear({ email: pending.email, groupName: pending.access.groupName });
    const group = await loaders.group.load(pending.access.groupName);
    const organizationId = group?.organizationId;
    if (organizationId && !(await loaders.organizationAccess.load({ email: pending.email, organizationId }))) {
      await giveOrganizationAccess(loaders, organizationId, { email: pending.email, role: 'user', modifiedBy: pending.email });
    }
  } else {
    await updateOrganizationAccessState(pending.access, accepted);
    loaders.organizationAccess.clear({ email: pending.email, organizationId: pending.access.organizationId });
    if (role === 'customer_manager') await addCustomerManagerToGroups(loaders, pending.access.organizationId, pending.email, pending.email);
  }
  await enrol(loaders, pending.email);
  audit({ actor: pending.email, action: `${entity}.invitation.confirm`, object: `${entity === 'group' ? 'GROUP' : 'ORG'}#${pending.name}`, outcome: 'allowed', details: { role } });
  return { outcome: 'confirmed', entity, name: pending.name, role };
};

/** Refuses an invitation from its link: the pending access goes (its history stays). */
export const rejectInvitation = async (context: DomainContext, entity: InvitationEntity, token: string): Promise<InvitationOutcome> => {
  const pending = await pendingAccess(context, entity, token);
  if (!('access' in pending)) return pending;
  const refusal = usable(pending, token);
  if (refusal) return refusal;
  if ('groupName' in pending.access) await dropGroupAccess(context.loaders, pending.access);
  else await dropOrganizationAccess(context.loaders, pending.access);
  const role = pending.state.invitation?.role ?? '';
  audit({ actor: pending.email, action: `${entity}.invitation.reject`, object: `${entity === 'group' ? 'GROUP' : 'ORG'}#${pending.name}`, outcome: 'allowed', details: { role } });
  return { outcome: 'rejected', entity, name: pending.name, role };
};
