import { nextModifiedDate, updateGroupAccessState, type AccessState } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadGroup } from '../groups/load-group';
import { stakeholderView, type StakeholderView } from '../stakeholders/stakeholder-view';
import { StakeholderNotInGroupError } from './access-errors';
import { accessRole } from './invitation-state';
import { memberInput } from './member-input';
import { enforceCanManageGroupRole, enforceGroupGrant, parseGroupRoleInput } from './role-input';

/** The state after a change of role or responsibility: a pending invitation changes what it will give. */
export const withRole = (state: AccessState, role: string, responsibility: string | undefined, by: string): AccessState => {
  const pending = state.invitation && !state.invitation.isUsed;
  const { responsibility: _old, ...rest } = state;
  return {
    ...rest,
    ...(responsibility ? { responsibility } : {}),
    ...(pending && state.invitation
      ? { invitation: { ...state.invitation, role, ...(responsibility ? { responsibility } : {}) } }
      : { role }),
    modifiedBy: by,
    modifiedDate: nextModifiedDate(state.modifiedDate),
  };
};

/** Changes a member's (or a pending invitee's) role and responsibility in the group. */
export const updateGroupStakeholder = async (
  context: DomainContext,
  input: { readonly groupName: string; readonly email: string; readonly role: string; readonly responsibility: string },
): Promise<StakeholderView> => {
  const viewer = requireViewer(context);
  const { email, responsibility } = memberInput(input.email, input.responsibility);
  const role = parseGroupRoleInput(input.role);
  const group = await loadGroup(context, input.groupName);
  const key = { email, groupName: group.name };
  const access = await context.loaders.groupAccess.load(key);
  if (!access) throw new StakeholderNotInGroupError();
  await enforceCanManageGroupRole(context, group, accessRole(access.state));
  await enforceGroupGrant(context, group, email, role);
  const updated = await updateGroupAccessState(access, withRole(access.state, role, responsibility, viewer.email));
  context.loaders.groupAccess.clear(key);
  context.loaders.groupStakeholdersAccess.clear(group.name);
  audit({ action: 'group.stakeholder.update', object: `GROUP#${group.name}`, outcome: 'allowed', details: { email, role } });
  return stakeholderView(updated, await context.loaders.stakeholder.load(email));
};
