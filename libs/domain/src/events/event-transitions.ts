import { nextModifiedDate, updateEventState, type Event, type EventState } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { ROOT_PARENT } from '../group-comments/consult-thread';
import { isEventType, SOLUTION_REASONS_BY_EVENT_TYPE } from './event-catalogue';
import { postEventComment } from './event-consult';
import {
  EventVerificationAlreadyRequestedError,
  EventVerificationNotRequestedError,
  InvalidEventSolvingReasonError,
  RequiredOtherSolvingReasonError,
} from './event-errors';
import { forgetEvent, loadEvent, requireUnsolved } from './load-event';
import { releaseHeldReattacks, type ReleasedReattacks } from './reattack-holds';

export interface EventTransitionInput {
  readonly eventId: string;
  readonly groupName: string;
  readonly comments: string;
}

const moveTo = async (context: DomainContext, event: Event, state: Omit<EventState, 'modifiedBy' | 'modifiedDate'>, solvingDate?: boolean) => {
  const modifiedDate = nextModifiedDate(event.state.modifiedDate);
  const next = { ...state, modifiedBy: requireViewer(context).email, modifiedDate };
  const updated = await updateEventState(event, next, solvingDate ? modifiedDate : undefined);
  forgetEvent(context, event);
  audit({
    action: `event.${state.status.toLowerCase()}`,
    object: `event:${event.id}`,
    outcome: 'allowed',
    details: { groupName: event.groupName, from: event.state.status, to: state.status },
  });
  return updated;
};

/** The customer says the blocker is gone: VERIFICATION_REQUESTED, with the comment that explains it. */
export const requestEventVerification = async (context: DomainContext, input: EventTransitionInput): Promise<Event> => {
  const event = requireUnsolved(await loadEvent(context, input.groupName, input.eventId));
  if (event.state.status === 'VERIFICATION_REQUESTED') throw new EventVerificationAlreadyRequestedError(event.id);
  const commentId = await postEventComment(context, event, 'comments', input.comments, ROOT_PARENT);
  return moveTo(context, event, { status: 'VERIFICATION_REQUESTED', commentId });
};

/** The testers find the blocker still there: back to CREATED, answering the verification request's comment. */
export const rejectEventSolution = async (context: DomainContext, input: EventTransitionInput): Promise<Event> => {
  const event = await loadEvent(context, input.groupName, input.eventId);
  if (event.state.status !== 'VERIFICATION_REQUESTED') throw new EventVerificationNotRequestedError(event.id);
  const commentId = await postEventComment(context, event, 'comments', input.comments, event.state.commentId ?? ROOT_PARENT);
  return moveTo(context, event, { status: 'CREATED', commentId });
};

export interface SolveEventInput {
  readonly eventId: string;
  readonly groupName: string;
  readonly reason: string;
  readonly other?: string | null | undefined;
}

export interface SolvedEvent {
  readonly event: Event;
  readonly released: ReleasedReattacks;
}

const checkReason = (event: Event, reason: string, other: string | null | undefined): string | undefined => {
  const allowed = isEventType(event.type) ? SOLUTION_REASONS_BY_EVENT_TYPE[event.type] : [];
  if (!(allowed as readonly string[]).includes(reason)) throw new InvalidEventSolvingReasonError(event.type, reason, allowed);
  if (reason !== 'OTHER') return undefined;
  const text = other?.trim();
  if (!text) throw new RequiredOtherSolvingReasonError();
  return text;
};

/**
 * Closes an event with a reason valid for its type. Re-attacks held behind it go back to REQUESTED when
 * still open, or to VERIFIED when already closed, before the event is marked SOLVED (so a failure part
 * way leaves an unsolved event that can be solved again).
 */
export const solveEvent = async (context: DomainContext, input: SolveEventInput): Promise<SolvedEvent> => {
  const event = requireUnsolved(await loadEvent(context, input.groupName, input.eventId));
  const other = checkReason(event, input.reason, input.other);
  const released = await releaseHeldReattacks(context, event);
  const solved = await moveTo(context, event, { status: 'SOLVED', reason: input.reason, ...(other ? { other } : {}) }, true);
  return { event: solved, released };
};
