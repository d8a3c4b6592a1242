import { groupStakeholders, organizationStakeholders } from '@integrates/domain';
import type { Group, Organization } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { GroupType } from '../group/group-type';
import { OrganizationType } from '../organization/organization-type';
import { StakeholderType } from './stakeholder-type';

builder.objectField(GroupType, 'stakeholders', (t) =>
  t.field({
    type: [StakeholderType],
    description: 'The group\'s members and pending invitees, by email.',
    ...guarded(
      { level: 'group', action: 'group.stakeholders.read' },
      (group: Group, _args, context) => groupStakeholders(context, group.name),
      (group: Group) => ({ groupName: group.name }),
    ),
  }),
);

builder.objectField(OrganizationType, 'stakeholders', (t) =>
  t.field({
    type: [StakeholderType],
    description: 'The organization\'s members and pending invitees, by email.',
    ...guarded(
      { level: 'organization', action: 'organization.stakeholders.read' },
      (organization: Organization, _args, context) => organizationStakeholders(context, organization.id),
      (organization: Organization) => ({ organizationId: organization.id }),
    ),
  }),
);
