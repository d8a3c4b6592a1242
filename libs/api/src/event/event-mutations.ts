import {
  addEvent,
  addEventConsult,
  rejectEventSolution,
  requestEventVerification,
  requestVulnerabilitiesHold,
  solveEvent,
} from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';
import { AddConsultPayloadType, CONSULT_ARGUMENT_DESCRIPTIONS } from '../group-comments/consult-type';
import { EventSolutionReasonEnum, EventTypeEnum } from './event-enums';

interface InGroup {
  readonly groupName: string;
}
const targetGroup = (_root: unknown, args: InGroup) => ({ groupName: args.groupName.trim().toLowerCase() });

interface AddEventPayload {
  readonly success: boolean;
  readonly eventId: string;
}

const AddEventPayloadType = builder.objectRef<AddEventPayload>('AddEventPayload').implement({
  description: 'The outcome of reporting an event: its id.',
  extensions: INHERITED,
  fields: (t) => ({ success: t.exposeBoolean('success'), eventId: t.exposeID('eventId') }),
});

interface AddEventArgs extends InGroup {
  readonly detail: string;
  readonly eventDate: string;
  readonly eventType: string;
  readonly rootId?: string | null;
}

builder.mutationField('addEvent', (t) =>
  t.field({
    type: AddEventPayloadType,
    description: 'Reports an event: it starts OPEN at the event date and is CREATED at the report date.',
    args: {
      groupName: t.arg.string({ required: true }),
      detail: t.arg.string({ required: true, description: 'What happened: 1 to 300 characters.' }),
      eventDate: t.arg.string({ required: true, description: 'When it began: ISO 8601 (no offset means UTC), not in the future.' }),
      eventType: t.arg({ type: EventTypeEnum, required: true }),
      rootId: t.arg.string({ required: false, description: 'An active root of the group it affects.' }),
    },
    ...guarded(
      { level: 'group', action: 'group.event.add' },
      async (_root, args: AddEventArgs, context) => ({ success: true, eventId: await addEvent(context, args) }),
      targetGroup,
    ),
  }),
);

interface CommentedTransitionArgs extends InGroup {
  readonly eventId: string;
  readonly comments: string;
}

const commentedTransitionArgs = builder.args((t) => ({
  eventId: t.string({ required: true }),
  groupName: t.string({ required: true }),
  comments: t.string({ required: true, description: 'Why: 1 to 20000 characters; it becomes a comment of the event.' }),
}));

builder.mutationField('requestEventVerification', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Asks the security team to check that the blocker is gone (the event must be CREATED).',
    args: commentedTransitionArgs,
    ...guarded(
      { level: 'group', action: 'group.event.request_verification' },
      async (_root, args: CommentedTransitionArgs, context) => {
        await requestEventVerification(context, args);
        return SUCCESS;
      },
      targetGroup,
    ),
  }),
);

builder.mutationField('rejectEventSolution', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'The blocker is still there: a VERIFICATION_REQUESTED event goes back to CREATED.',
    args: commentedTransitionArgs,
    ...guarded(
      { level: 'group', action: 'group.event.reject_solution' },
      async (_root, args: CommentedTransitionArgs, context) => {
        await rejectEventSolution(context, args);
        return SUCCESS;
      },
      targetGroup,
    ),
  }),
);

interface SolveEventArgs extends InGroup {
  readonly eventId: string;
  readonly reason: string;
  readonly other?: string | null;
}

builder.mutationField('solveEvent', (t) =>
  t.field({
    type: SimplePayloadType,
    description:
      'Solves an event with a reason its type allows; re-attacks held behind it are requested again (open vulnerabilities) or verified (closed ones).',
    args: {
      eventId: t.arg.string({ required: true }),
      groupName: t.arg.string({ required: true }),
      reason: t.arg({ type: EventSolutionReasonEnum, required: true }),
      other: t.arg.string({ required: false, description: 'Required when the reason is OTHER.' }),
    },
    ...guarded(
      { level: 'group', action: 'group.event.solve' },
      async (_root, args: SolveEventArgs, context) => {
        await solveEvent(context, args);
        return SUCCESS;
      },
      targetGroup,
    ),
  }),
);

interface HoldArgs extends InGroup {
  readonly eventId: string;
  readonly findingId: string;
  readonly vulnerabilities: readonly string[];
}

builder.mutationField('requestVulnerabilitiesHold', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Puts requested re-attacks of a finding ON_HOLD behind an unsolved event of its group.',
    args: {
      eventId: t.arg.string({ required: true }),
      findingId: t.arg.string({ required: true }),
      groupName: t.arg.string({ required: true }),
      vulnerabilities: t.arg.stringList({ required: true, description: 'Ids of open vulnerabilities whose re-attack is REQUESTED (1 to 100).' }),
    },
    ...guarded(
      { level: 'group', action: 'group.reattack.hold' },
      async (_root, args: HoldArgs, context) => {
        await requestVulnerabilitiesHold(context, { ...args, vulnerabilityIds: args.vulnerabilities });
        return SUCCESS;
      },
      targetGroup,
    ),
  }),
);

interface AddEventConsultArgs extends InGroup {
  readonly eventId: string;
  readonly content: string;
  readonly parentComment: string | number;
}

builder.mutationField('addEventConsult', (t) =>
  t.field({
    type: AddConsultPayloadType,
    description: 'Posts a comment to an event\'s thread.',
    args: {
      eventId: t.arg.string({ required: true }),
      groupName: t.arg.string({ required: true }),
      content: t.arg.string({ required: true, description: CONSULT_ARGUMENT_DESCRIPTIONS.content }),
      parentComment: t.arg.id({ required: true, description: CONSULT_ARGUMENT_DESCRIPTIONS.parentComment }),
    },
    ...guarded(
      { level: 'group', action: 'group.event.post_consult' },
      async (_root, args: AddEventConsultArgs, context) => ({
        success: true,
        commentId: await addEventConsult(context, { ...args, parentComment: String(args.parentComment) }),
      }),
      targetGroup,
    ),
  }),
);
