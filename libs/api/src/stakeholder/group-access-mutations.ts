import { grantStakeholderAccess, removeStakeholderAccess, updateGroupStakeholder } from '@integrates/domain';
import { builder } from '../builder/builder';
import { byGroupName } from '../group/group-target';
import { guarded } from '../builder/authz';
import { GrantStakeholderAccessPayloadType, RemoveStakeholderAccessPayloadType, UpdateStakeholderPayloadType } from './access-payloads';
import { StakeholderRoleEnum } from './stakeholder-enums';

builder.mutationField('grantStakeholderAccess', (t) =>
  t.field({
    type: GrantStakeholderAccessPayloadType,
    description:
      'Invites a stakeholder to the group: the access is pending until they follow /confirm_access/<token> (valid one week), or refuse with /reject_access/<token>.',
    args: {
      groupName: t.arg.string({ required: true }),
      email: t.arg.string({ required: true }),
      role: t.arg({ type: StakeholderRoleEnum, required: true }),
      responsibility: t.arg.string({ description: 'Their position, e.g. Product Owner (1 to 50 characters).' }),
    },
    ...guarded(
      { level: 'group', action: 'group.stakeholder.grant' },
      async (_root, args: { groupName: string; email: string; role: string; responsibility?: string | null }, context) => ({
        success: true,
        grantedStakeholder: await grantStakeholderAccess(context, { ...args, responsibility: args.responsibility ?? undefined }),
      }),
      byGroupName,
    ),
  }),
);

builder.mutationField('updateGroupStakeholder', (t) =>
  t.field({
    type: UpdateStakeholderPayloadType,
    description: 'Changes a member\'s (or pending invitee\'s) role and responsibility in the group.',
    args: {
      groupName: t.arg.string({ required: true }),
      email: t.arg.string({ required: true }),
      role: t.arg({ type: StakeholderRoleEnum, required: true }),
      responsibility: t.arg.string({ required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.stakeholder.update' },
      async (_root, args: { groupName: string; email: string; role: string; responsibility: string }, context) => ({
        success: true,
        modifiedStakeholder: await updateGroupStakeholder(context, args),
      }),
      byGroupName,
    ),
  }),
);

builder.mutationField('removeStakeholderAccess', (t) =>
  t.field({
    type: RemoveStakeholderAccessPayloadType,
    description: 'Takes a member, or a pending invitation, out of the group.',
    args: {
      groupName: t.arg.string({ required: true }),
      userEmail: t.arg.string({ required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.stakeholder.remove' },
      async (_root, args: { groupName: string; userEmail: string }, context) => ({
        success: true,
        removedEmail: await removeStakeholderAccess(context, args),
      }),
      byGroupName,
    ),
  }),
);
