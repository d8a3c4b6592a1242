import { updateGroupPolicies, updateOrganizationPolicies, type PoliciesInput } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';
import { byGroupName } from '../group/group-target';

/** The policies that organizations and groups both set. */
const acceptancePolicyArgs = builder.args((t) => ({
  maxAcceptanceDays: t.int({ description: 'Zero or more.' }),
  maxAcceptanceSeverity: t.float({ description: '0.0 to 10.0, not below the minimum.' }),
  maxNumberAcceptances: t.int({ description: 'Zero or more.' }),
  minAcceptanceSeverity: t.float({ description: '0.0 to 10.0, not above the maximum.' }),
  minBreakingSeverity: t.float({ description: '0.0 to 10.0.' }),
  vulnerabilityGracePeriod: t.int({ description: 'Days; zero or more.' }),
}));

builder.mutationField('updateOrganizationPolicies', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Sets the organization\'s policies given; the others stay. The previous ones are kept in the history.',
    args: {
      organizationId: t.arg.string({ required: true }),
      organizationName: t.arg.string({ required: true }),
      inactivityPeriod: t.arg.int({ description: 'Days; at least 21.' }),
      ...acceptancePolicyArgs,
    },
    ...guarded(
      { level: 'organization', action: 'organization.policies.update' },
      async (_root, args: { organizationId: string; organizationName: string } & PoliciesInput, context) => {
        const { organizationId, organizationName, ...policies } = args;
        await updateOrganizationPolicies(context, organizationId, organizationName, policies);
        return SUCCESS;
      },
      (_root, args: { organizationId: string; organizationName: string } & PoliciesInput) => ({ organizationId: args.organizationId }),
    ),
  }),
);

builder.mutationField('updateGroupPolicies', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Sets the group\'s own policies given; where the group sets none, its organization\'s apply.',
    args: {
      groupName: t.arg.string({ required: true }),
      ...acceptancePolicyArgs,
    },
    ...guarded(
      { level: 'group', action: 'group.policies.update' },
      async (_root, args: { groupName: string } & PoliciesInput, context) => {
        const { groupName, ...policies } = args;
        await updateGroupPolicies(context, groupName, policies);
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);
