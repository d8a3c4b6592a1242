import { getStakeholder } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { StakeholderEntityEnum } from './stakeholder-enums';
import { StakeholderType } from './stakeholder-type';

builder.queryField('stakeholder', (t) =>
  t.field({
    type: StakeholderType,
    description:
      'A member of a group (entity GROUP, needs groupName and group.stakeholders.read) or of an organization (ORGANIZATION, needs organizationId and organization.stakeholders.read); the rule is checked for the entity asked about.',
    args: {
      entity: t.arg({ type: StakeholderEntityEnum, required: true }),
      groupName: t.arg.string(),
      organizationId: t.arg.string(),
      userEmail: t.arg.string({ required: true }),
    },
    ...guarded({ level: 'authenticated' }, (_root, args: { entity: 'GROUP' | 'ORGANIZATION'; groupName?: string | null; organizationId?: string | null; userEmail: string }, context) =>
      getStakeholder(context, {
        entity: args.entity,
        userEmail: args.userEmail,
        groupName: args.groupName ?? undefined,
        organizationId: args.organizationId ?? undefined,
      }),
    ),
  }),
);
