import { addGroupAccess, isoNow, nextModifiedDate, updateGroupAccessState, type GroupAccess } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadGroup } from '../groups/load-group';
import { stakeholderView, type StakeholderView } from '../stakeholders/stakeholder-view';
import { StakeholderHasGroupAccessError } from './access-errors';
import { checkInvitationSpacing, ensureInvitee, pendingInvitation } from './invitations';
import { memberInput } from './member-input';
import { enforceGroupGrant, parseGroupRoleInput } from './role-input';

export interface GroupGrantInput {
  readonly groupName: string;
  readonly email: string;
  readonly role: string;
  readonly responsibility?: string | undefined;
}

/**
 * Invites `email` to the group with `role`: the access stays pending (no access yet) until the invitee
 * follows /confirm_access/<token> (valid one week) or refuses it with /reject_access/<token>. Inviting
 * again replaces the previous link. Who may grant which role follows the grant rules.
 */
export const grantStakeholderAccess = async (context: DomainContext, input: GroupGrantInput): Promise<StakeholderView> => {
  const viewer = requireViewer(context);
  const { email, responsibility } = memberInput(input.email, input.responsibility);
  const role = parseGroupRoleInput(input.role);
  const group = await loadGroup(context, input.groupName);
  const key = { email, groupName: group.name };
  const existing = await context.loaders.groupAccess.load(key);
  if (existing?.state.hasAccess) throw new StakeholderHasGroupAccessError();
  checkInvitationSpacing(existing?.state);
  await enforceGroupGrant(context, group, email, role);

  await ensureInvitee(context.loaders, email);
  const state = await pendingInvitation(
    {
      entity: 'group',
      target: group.name,
      email,
      role,
      responsibility,
      by: viewer.email,
      modifiedDate: existing ? nextModifiedDate(existing.state.modifiedDate) : isoNow(),
    },
    context.signingKey,
  );
  const access: GroupAccess = existing ? await updateGroupAccessState(existing, state) : { email, groupName: group.name, state };
  if (!existing) await addGroupAccess(access);
  context.loaders.groupAccess.clear(key);
  context.loaders.groupStakeholdersAccess.clear(group.name);
  context.loaders.stakeholderGroupsAccess.clear(email);
  audit({ action: 'group.stakeholder.invite', object: `GROUP#${group.name}`, outcome: 'allowed', details: { email, role, reinvited: Boolean(existing) } });
  return stakeholderView(access, await context.loaders.stakeholder.load(email));
};
