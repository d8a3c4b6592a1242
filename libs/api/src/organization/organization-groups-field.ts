import { organizationGroups } from '@integrates/domain';
import type { Organization } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { GroupType } from '../group/group-type';
import { OrganizationType } from './organization-type';

builder.objectField(OrganizationType, 'groups', (t) =>
  t.field({
    type: [GroupType],
    description: 'The organization\'s active groups the caller reaches (all of them for a platform admin), by name.',
    ...guarded(
      { level: 'organization', action: 'organization.read' },
      (organization: Organization, _args, context) => organizationGroups(context, organization),
      (organization: Organization) => ({ organizationId: organization.id }),
    ),
  }),
);
