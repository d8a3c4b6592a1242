import { groupServiceAttributes, myGroupPermissions, myGroupRole } from '@integrates/domain';
import type { Group } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';

export const GroupType = builder.objectRef<Group>('Group').implement({
  description: 'A project: what the security team tests, and where its findings live.',
  extensions: INHERITED,
  fields: (t) => ({
    name: t.exposeString('name'),
    userRole: t.string({
      nullable: true,
      description: 'The caller\'s role in the group (an admin without one acts as admin).',
      resolve: async (group, _args, context) => (await myGroupRole(context, group.name)) ?? null,
    }),
    permissions: t.stringList({
      description: 'The group-level actions the caller may perform here.',
      resolve: (group, _args, context) => myGroupPermissions(context, group.name),
    }),
    serviceAttributes: t.stringList({
      description: 'What the group\'s services allow (has_asm, is_continuous, can_report_vulnerabilities ...).',
      ...guarded(
        { level: 'group', action: 'group.service_attributes.read' },
        (group: Group) => groupServiceAttributes(group),
        (group: Group) => ({ groupName: group.name }),
      ),
    }),
  }),
});

builder.queryField('group', (t) =>
  t.field({
    type: GroupType,
    description: 'A group by name. A missing group and a forbidden one both answer "Access denied".',
    args: { groupName: t.arg.string({ required: true }) },
    ...guarded(
      { level: 'group', action: 'group.read' },
      async (_root, args: { groupName: string }, context) => {
        const group = await context.loaders.group.load(args.groupName.toLowerCase());
        if (!group) throw new AccessDeniedError();
        return group;
      },
      (_root, args: { groupName: string }) => ({ groupName: args.groupName.toLowerCase() }),
    ),
  }),
);
