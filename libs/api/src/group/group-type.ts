import { groupServiceAttributes, loadGroup, myGroupPermissions, myGroupRole } from '@integrates/domain';
import type { Group } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { byGroupName } from './group-target';
import { LanguageEnum, ManagedTypeEnum, ServiceTypeEnum, SubscriptionTypeEnum, TierTypeEnum } from './group-enums';

/** Whether the group still has ASM: a removed group (DELETED) has no services left. */
const hasAsm = (group: Group): boolean => group.state.status === 'ACTIVE' && group.state.hasAsm;

export const GroupType = builder.objectRef<Group>('Group').implement({
  description: 'A project: what the security team tests, and where its findings live.',
  extensions: INHERITED,
  fields: (t) => ({
    name: t.exposeString('name'),
    organization: t.exposeString('organizationName', { description: 'The name of the organization the group belongs to.' }),
    description: t.exposeString('description'),
    language: t.field({ type: LanguageEnum, resolve: (group) => group.language }),
    service: t.field({ type: ServiceTypeEnum, nullable: true, resolve: (group) => group.state.service ?? null }),
    subscription: t.field({ type: SubscriptionTypeEnum, resolve: (group) => group.state.type }),
    tier: t.field({ type: TierTypeEnum, resolve: (group) => group.state.tier }),
    managed: t.field({ type: ManagedTypeEnum, resolve: (group) => group.state.managed }),
    hasAsm: t.boolean({ description: 'Whether the group keeps its services; false once removed.', resolve: hasAsm }),
    hasMachine: t.boolean({ resolve: (group) => hasAsm(group) && group.state.hasMachine }),
    hasSquad: t.boolean({ resolve: (group) => hasAsm(group) && group.state.hasSquad }),
    hasForces: t.boolean({
      description: 'Whether the CI agent (Forces) is available: continuous groups with ASM.',
      resolve: (group) => groupServiceAttributes(group).includes('has_forces'),
    }),
    tags: t.stringList({ description: 'Portfolio tags.', resolve: (group) => group.state.tags ?? [] }),
    businessId: t.string({ nullable: true, resolve: (group) => group.businessId ?? null }),
    businessName: t.string({ nullable: true, resolve: (group) => group.businessName ?? null }),
    sprintDuration: t.int({ description: 'Sprint length in weeks.', resolve: (group) => group.sprintDuration ?? 1 }),
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
      (_root, args: { groupName: string }, context) => loadGroup(context, args.groupName),
      byGroupName,
    ),
  }),
);
