import { grantStakeholderOrganizationAccess, removeStakeholderOrganizationAccess, updateOrganizationStakeholder } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';
import { GrantStakeholderAccessPayloadType, UpdateStakeholderPayloadType } from './access-payloads';
import { OrganizationRoleEnum } from './stakeholder-enums';

const byOrganization = (_root: unknown, args: { organizationId: string }) => ({ organizationId: args.organizationId });

builder.mutationField('grantStakeholderOrganizationAccess', (t) =>
  t.field({
    type: GrantStakeholderAccessPayloadType,
    description:
      'Invites a stakeholder to the organization: pending until they follow /confirm_access_organization/<token> (valid one week), or refuse with /reject_access_organization/<token>.',
    args: {
      organizationId: t.arg.string({ required: true }),
      role: t.arg({ type: OrganizationRoleEnum, required: true }),
      userEmail: t.arg.string({ required: true }),
    },
    ...guarded(
      { level: 'organization', action: 'organization.stakeholder.grant' },
      async (_root, args: { organizationId: string; role: string; userEmail: string }, context) => ({
        success: true,
        grantedStakeholder: await grantStakeholderOrganizationAccess(context, args),
      }),
      byOrganization,
    ),
  }),
);

builder.mutationField('updateOrganizationStakeholder', (t) =>
  t.field({
    type: UpdateStakeholderPayloadType,
    description: 'Changes a member\'s (or pending invitee\'s) role in the organization.',
    args: {
      organizationId: t.arg.string({ required: true }),
      role: t.arg({ type: OrganizationRoleEnum, required: true }),
      userEmail: t.arg.string({ required: true }),
    },
    ...guarded(
      { level: 'organization', action: 'organization.stakeholder.update' },
      async (_root, args: { organizationId: string; role: string; userEmail: string }, context) => ({
        success: true,
        modifiedStakeholder: await updateOrganizationStakeholder(context, args),
      }),
      byOrganization,
    ),
  }),
);

builder.mutationField('removeStakeholderOrganizationAccess', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Takes a member out of the organization and out of each of its groups.',
    args: {
      organizationId: t.arg.string({ required: true }),
      userEmail: t.arg.string({ required: true }),
    },
    ...guarded(
      { level: 'organization', action: 'organization.stakeholder.remove' },
      async (_root, args: { organizationId: string; userEmail: string }, context) => {
        await removeStakeholderOrganizationAccess(context, args);
        return SUCCESS;
      },
      byOrganization,
    ),
  }),
);
