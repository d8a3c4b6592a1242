import { addOrganization } from '@integrates/domain';
import type { Organization } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { OrganizationType } from './organization-type';

const AddOrganizationPayloadType = builder
  .objectRef<{ readonly success: boolean; readonly organization: Organization }>('AddOrganizationPayload')
  .implement({
    extensions: INHERITED,
    fields: (t) => ({
      success: t.exposeBoolean('success'),
      organization: t.field({ type: OrganizationType, resolve: (payload) => payload.organization }),
    }),
  });

builder.mutationField('addOrganization', (t) =>
  t.field({
    type: AddOrganizationPayloadType,
    description:
      'Creates an organization: its name is 4 to 20 letters (stored in lowercase) and unique. The creator becomes its user_manager (customer_manager for Fluid Attacks staff).',
    args: {
      country: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
    },
    ...guarded({ level: 'user', action: 'user.organization.add' }, async (_root, args: { country: string; name: string }, context) => ({
      success: true,
      organization: await addOrganization(context, args.name, args.country),
    })),
  }),
);
