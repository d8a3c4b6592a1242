import { myGroups, myOrganizations } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { GroupType } from '../group/group-type';
import { OrganizationType } from '../organization/organization-type';
import { MeType } from './me-type';

const RULE = { level: 'user', action: 'user.me.read' } as const;

builder.objectFields(MeType, (t) => ({
  organizations: t.field({
    type: [OrganizationType],
    description: 'The organizations the stakeholder belongs to, by name.',
    ...guarded(RULE, (_me, _args, context) => myOrganizations(context)),
  }),
  groups: t.field({
    type: [GroupType],
    description: 'The active groups the stakeholder holds a role in, by name (platform admins reach the others too).',
    ...guarded(RULE, (_me, _args, context) => myGroups(context)),
  }),
}));
