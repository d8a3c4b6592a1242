import { loadOrganization, loadOrganizationByName, organizationNamed, myOrganizationPermissions, myOrganizationRole } from '@integrates/domain';
import type { Organization } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';

export const OrganizationType = builder.objectRef<Organization>('Organization').implement({
  description: 'A customer organization: it owns groups and sets policies for them.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    country: t.exposeString('country'),
    userRole: t.string({
      nullable: true,
      description: 'The caller\'s role in the organization (an admin without one acts as admin).',
      resolve: async (organization, _args, context) => (await myOrganizationRole(context, organization.id)) ?? null,
    }),
    permissions: t.stringList({
      description: 'The organization-level actions the caller may perform here.',
      resolve: (organization, _args, context) => myOrganizationPermissions(context, organization.id),
    }),
  }),
});

builder.queryField('organizationId', (t) =>
  t.field({
    type: OrganizationType,
    description: 'An organization by name (select its `id`). A missing organization and a forbidden one both answer "Access denied".',
    args: { organizationName: t.arg.string({ required: true }) },
    ...guarded(
      { level: 'organization', action: 'organization.read' },
      (_root, args: { organizationName: string }, context) => loadOrganizationByName(context, args.organizationName),
      async (_root, args: { organizationName: string }, context) => ({
        organizationId: (await organizationNamed(context, args.organizationName))?.id,
      }),
    ),
  }),
);

builder.queryField('organization', (t) =>
  t.field({
    type: OrganizationType,
    description: 'An organization by id. A missing organization and a forbidden one both answer "Access denied".',
    args: { organizationId: t.arg.string({ required: true }) },
    ...guarded(
      { level: 'organization', action: 'organization.read' },
      (_root, args: { organizationId: string }, context) => loadOrganization(context, args.organizationId),
      (_root, args: { organizationId: string }) => ({ organizationId: args.organizationId }),
    ),
  }),
);
