import { randomInt } from 'node:crypto';
import {
  addEvent as storeEvent,
  AlreadyExistsError,
  isEventIdTaken,
  isoNow,
  nextModifiedDate,
  type Event,
  type EventState,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { z } from 'zod';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadGroup } from '../groups/load-group';
import { isEventType } from './event-catalogue';
import {
  EventIdsExhaustedError,
  InvalidEventDateError,
  InvalidEventDateFormatError,
  InvalidEventDetailError,
  InvalidEventRootError,
  InvalidEventTypeError,
} from './event-errors';
import { forgetEvent } from './load-event';

/** The original's bounds for event ids (`random.randint(10000000, 170000000)`). */
export const MIN_EVENT_ID = 10_000_000;
export const MAX_EVENT_ID = 170_000_000;
export const MAX_EVENT_DETAIL_LENGTH = 300;
const ID_ATTEMPTS = 5;

export interface AddEventInput {
  readonly groupName: string;
  readonly detail: string;
  /** An ISO 8601 date or date-time; one without an offset is read as UTC. */
  readonly eventDate: string;
  readonly eventType: string;
  readonly rootId?: string | null | undefined;
}

const ISO_DATE = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);
const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** The event date as a stored ISO date-time; refused when malformed or in the future. */
export const parseEventDate = (value: string, now: number = Date.now()): string => {
  const text = value.trim();
  if (!ISO_DATE.safeParse(text).success) throw new InvalidEventDateFormatError(value);
  const isDateOnly = !text.includes('T');
  const time = Date.parse(isDateOnly || HAS_OFFSET.test(text) ? text : `${text}Z`);
  if (Number.isNaN(time)) throw new InvalidEventDateFormatError(value);
  if (time > now) throw new InvalidEventDateError(value);
  return isoNow(time);
};

const eventDetail = (detail: string): string => {
  const trimmed = detail.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_EVENT_DETAIL_LENGTH) throw new InvalidEventDetailError(MAX_EVENT_DETAIL_LENGTH);
  return trimmed;
};

const activeRootId = async (context: DomainContext, groupName: string, rootId: string | null | undefined): Promise<string | undefined> => {
  const id = rootId?.trim();
  if (!id) return undefined;
  const root = id.includes('#') ? undefined : await context.loaders.root.load({ id, groupName });
  if (root?.state.status !== 'ACTIVE') throw new InvalidEventRootError(id);
  return root.id;
};

export const newEventId = (): string => String(randomInt(MIN_EVENT_ID, MAX_EVENT_ID + 1));

export interface AddEventOptions {
  readonly now?: number;
  /** Draws a candidate id (tests pass a fixed sequence). */
  readonly drawId?: () => string;
}

/**
 * Reports an event. As in the original, its history starts with OPEN at the event date and its current
 * state is CREATED at the report date. Ids are drawn at random and checked against every group's
 * events first, because the history of an id is shared (a creation that loses a race for the same id
 * is refused by the store and draws again).
 */
export const addEvent = async (context: DomainContext, input: AddEventInput, options: AddEventOptions = {}): Promise<string> => {
  const now = options.now ?? Date.now();
  const drawId = options.drawId ?? newEventId;
  const viewer = requireViewer(context);
  const group = await loadGroup(context, input.groupName);
  if (!isEventType(input.eventType)) throw new InvalidEventTypeError(input.eventType);
  const description = eventDetail(input.detail);
  const eventDate = parseEventDate(input.eventDate, now);
  const rootId = await activeRootId(context, group.name, input.rootId);
  const open: EventState = { status: 'OPEN', modifiedBy: viewer.email, modifiedDate: eventDate };
  const created: EventState = { status: 'CREATED', modifiedBy: viewer.email, modifiedDate: nextModifiedDate(eventDate, now) };
  const event = (id: string): Event => ({
    id,
    groupName: group.name,
    organizationId: group.organizationId,
    hacker: viewer.email,
    createdBy: viewer.email,
    createdDate: created.modifiedDate,
    description,
    eventDate,
    type: input.eventType,
    ...(rootId ? { rootId } : {}),
    state: created,
  });
  for (let attempt = 1; attempt <= ID_ATTEMPTS; attempt += 1) {
    const record = event(drawId());
    if (await isEventIdTaken(record.id)) continue;
    try {
      await storeEvent(record, [open]);
    } catch (error) {
      if (error instanceof AlreadyExistsError) continue;
      throw error;
    }
    forgetEvent(context, record);
    audit({
      action: 'event.add',
      object: `event:${record.id}`,
      outcome: 'allowed',
      details: { groupName: group.name, eventType: record.type, ...(rootId ? { rootId } : {}) },
    });
    return record.id;
  }
  throw new EventIdsExhaustedError();
};
