import { myOrganizationPermissions, myOrganizationRole } from '@integrates/domain';
import type { Organization } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';

export const OrganizationType = builder.objectRef<Organization>('Organization').implement({
  description: 'A customer organization: it owns groups and sets policies for them.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
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

builder.queryField('organization', (t) =>
  t.field({
    type: OrganizationType,
    description: 'An organization by id. A missing organization and a forbidden one both answer "Access denied".',
    args: { organizationId: t.arg.string({ required: true }) },
    ...guarded(
      { level: 'organization', action: 'organization.read' },
      async (_root, args: { organizationId: string }, context) => {
        const organization = await context.loaders.organization.load(args.organizationId);
        if (!organization) throw new AccessDeniedError();
        return organization;
      },
      (_root, args: { organizationId: string }) => ({ organizationId: args.organizationId }),
    ),
  }),
);
