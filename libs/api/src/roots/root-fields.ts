import { groupRoots, loadRoot } from '@integrates/domain';
import type { Group } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { byGroupName } from '../group/group-target';
import { GroupType } from '../group/group-type';
import { RootInterface } from './root-types';

const RULE = { level: 'group', action: 'group.roots.read' } as const;

builder.objectField(GroupType, 'roots', (t) =>
  t.field({
    type: [RootInterface],
    description: 'The group\'s roots (git repositories, IP addresses, URLs), active and inactive, by nickname.',
    ...guarded(RULE, (group: Group, _args, context) => groupRoots(context, group.name), (group: Group) => ({ groupName: group.name })),
  }),
);

builder.queryField('root', (t) =>
  t.field({
    type: RootInterface,
    description: 'A root of a group.',
    args: { groupName: t.arg.string({ required: true }), rootId: t.arg.id({ required: true }) },
    ...guarded(RULE, (_root, args: { groupName: string; rootId: string | number }, context) => loadRoot(context, args.groupName, String(args.rootId)), byGroupName),
  }),
);
