import { listGroupEvents, loadEvent } from '@integrates/domain';
import type { Group } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { GroupType } from '../group/group-type';
import { EventType } from './event-type';

const READ = { level: 'group', action: 'group.events.read' } as const;
const targetGroup = (_root: unknown, args: { readonly groupName: string }) => ({ groupName: args.groupName.trim().toLowerCase() });

builder.queryField('event', (t) =>
  t.field({
    type: EventType,
    description: 'An event of a group by its id.',
    args: { groupName: t.arg.string({ required: true }), identifier: t.arg.string({ required: true, description: 'The event id.' }) },
    ...guarded(READ, (_root, args: { groupName: string; identifier: string }, context) => loadEvent(context, args.groupName, args.identifier), targetGroup),
  }),
);

builder.queryField('events', (t) =>
  t.field({
    type: [EventType],
    description: 'The events of a group, newest event date first.',
    args: { groupName: t.arg.string({ required: true }) },
    ...guarded(READ, (_root, args: { groupName: string }, context) => listGroupEvents(context, args.groupName), targetGroup),
  }),
);

builder.objectField(GroupType, 'events', (t) =>
  t.field({
    type: [EventType],
    description: 'The group\'s events, newest event date first; `solved` keeps only solved (true) or unsolved (false) ones.',
    args: { solved: t.arg.boolean({ required: false }) },
    ...guarded(
      READ,
      (group: Group, args: { solved?: boolean | null }, context) => listGroupEvents(context, group.name, args.solved),
      (group: Group) => ({ groupName: group.name }),
    ),
  }),
);
