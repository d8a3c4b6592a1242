import type { Event } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { loadGroup } from '../groups/load-group';
import { EventAlreadyClosedError, EventNotFoundError } from './event-errors';

/** Event ids are integers written as text; anything else names no event. */
const EVENT_ID = /^\d{1,12}$/;

/** An event of the group; one of another group, or none, is "Event not found". */
export const loadEvent = async (context: DomainContext, groupName: string, eventId: string): Promise<Event> => {
  const group = await loadGroup(context, groupName);
  const id = eventId.trim();
  if (!EVENT_ID.test(id)) throw new EventNotFoundError(eventId);
  const event = await context.loaders.event.load({ id, groupName: group.name });
  if (!event) throw new EventNotFoundError(id);
  return event;
};

export const isSolved = (event: Event): boolean => event.state.status === 'SOLVED';

export const requireUnsolved = (event: Event): Event => {
  if (isSolved(event)) throw new EventAlreadyClosedError(event.id);
  return event;
};

/** After a write: the next read in this request sees the store again. */
export const forgetEvent = (context: DomainContext, event: Event): void => {
  context.loaders.event.clear({ id: event.id, groupName: event.groupName });
  context.loaders.groupEvents.clearAll();
  context.loaders.eventHistoricState.clear(event);
};
