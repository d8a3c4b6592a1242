import type { Group, GroupState } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { ServiceTypeEnum, SubscriptionTypeEnum, TierTypeEnum } from './group-enums';
import { GroupType } from './group-type';

const GroupStateChangeType = builder.objectRef<GroupState>('GroupStateChange').implement({
  description: 'The group\'s services and status at one time, with why they changed.',
  extensions: INHERITED,
  fields: (t) => ({
    status: t.exposeString('status', { description: 'ACTIVE or DELETED.' }),
    hasMachine: t.exposeBoolean('hasMachine'),
    hasSquad: t.exposeBoolean('hasSquad'),
    subscription: t.field({ type: SubscriptionTypeEnum, resolve: (state) => state.type }),
    service: t.field({ type: ServiceTypeEnum, nullable: true, resolve: (state) => state.service ?? null }),
    tier: t.field({ type: TierTypeEnum, resolve: (state) => state.tier }),
    tags: t.stringList({ resolve: (state) => state.tags ?? [] }),
    justification: t.string({ nullable: true, description: 'The reason given for the change.', resolve: (state) => state.justification ?? null }),
    comments: t.string({ nullable: true, resolve: (state) => state.comments ?? null }),
    modifiedBy: t.exposeString('modifiedBy'),
    modifiedDate: t.exposeString('modifiedDate'),
  }),
});

builder.objectField(GroupType, 'historicState', (t) =>
  t.field({
    type: [GroupStateChangeType],
    description: 'The group\'s services and status over time, oldest first, ending with the current ones.',
    ...guarded(
      { level: 'group', action: 'group.read' },
      (group: Group, _args, context) => context.loaders.groupHistoricState.load(group),
      (group: Group) => ({ groupName: group.name }),
    ),
  }),
);
