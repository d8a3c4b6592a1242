import {
  eventClosingDate,
  eventConsulting,
  eventHistory,
  eventRoot,
  type EventSolutionReason,
  type EventType as EventTypeName,
} from '@integrates/domain';
import type { Event, EventState, Root } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { ConsultType } from '../group-comments/consult-type';
import { EventSolutionReasonEnum, EventStatusEnum, EventTypeEnum } from './event-enums';

const EventRootType = builder.objectRef<Root>('EventRoot').implement({
  description: 'The root (repository, IP or URL) an event affects.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    nickname: t.string({ resolve: (root) => root.state.nickname }),
    type: t.exposeString('type', { description: 'Git, IP or URL.' }),
    state: t.string({ description: 'ACTIVE or INACTIVE.', resolve: (root) => root.state.status }),
  }),
});

const EventHistoricStateType = builder.objectRef<EventState>('EventHistoricState').implement({
  description: 'One state an event went through.',
  extensions: INHERITED,
  fields: (t) => ({
    status: t.field({ type: EventStatusEnum, resolve: (state) => state.status }),
    date: t.string({ description: 'When it entered this state (ISO 8601 UTC).', resolve: (state) => state.modifiedDate }),
    reason: t.field({ type: EventSolutionReasonEnum, nullable: true, resolve: (state) => (state.reason as EventSolutionReason | undefined) ?? null }),
    other: t.string({ nullable: true, resolve: (state) => state.other ?? null }),
  }),
});

const groupOf = (event: Event) => ({ groupName: event.groupName });

export const EventType = builder.objectRef<Event>('Event').implement({
  description: 'Something that stops the security team from testing a group (no access, missing credentials ...).',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    groupName: t.exposeString('groupName'),
    eventType: t.field({ type: EventTypeEnum, resolve: (event) => event.type as EventTypeName }),
    eventStatus: t.field({ type: EventStatusEnum, resolve: (event) => event.state.status }),
    detail: t.exposeString('description', { description: 'What happened.' }),
    eventDate: t.exposeString('eventDate', { description: 'When the problem began (ISO 8601 UTC).' }),
    reportDate: t.exposeString('createdDate', { description: 'When it was reported (ISO 8601 UTC).' }),
    closingDate: t.string({ nullable: true, description: 'When it was solved.', resolve: (event) => eventClosingDate(event) ?? null }),
    client: t.exposeString('organizationId', { description: 'The id of the group\'s organization.' }),
    organization: t.string({
      nullable: true,
      description: 'The name of the group\'s organization.',
      resolve: async (event, _args, context) => (await context.loaders.group.load(event.groupName))?.organizationName ?? null,
    }),
    hacker: t.string({
      description: 'Who reported it.',
      ...guarded({ level: 'group', action: 'group.hacker.read' }, (event: Event) => event.hacker, groupOf),
    }),
    root: t.field({
      type: EventRootType,
      nullable: true,
      resolve: async (event, _args, context) => (await eventRoot(context, event)) ?? null,
    }),
    solvingReason: t.field({
      type: EventSolutionReasonEnum,
      nullable: true,
      resolve: (event) => (event.state.status === 'SOLVED' ? ((event.state.reason as EventSolutionReason | undefined) ?? null) : null),
    }),
    otherSolvingReason: t.string({
      nullable: true,
      resolve: (event) => (event.state.status === 'SOLVED' ? (event.state.other ?? null) : null),
    }),
    historicState: t.field({
      type: [EventHistoricStateType],
      description: 'Its states, oldest first.',
      resolve: (event, _args, context) => eventHistory(context, event),
    }),
    consulting: t.field({
      type: [ConsultType],
      description: 'The event\'s comment thread, oldest first.',
      ...guarded({ level: 'group', action: 'group.consulting.read' }, (event: Event, _args, context) => eventConsulting(context, event), groupOf),
    }),
  }),
});
