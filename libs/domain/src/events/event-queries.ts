import type { Event, EventState, Root } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { loadGroup } from '../groups/load-group';

/** Newest event first, then by id, so that lists are stable. */
const byEventDate = (a: Event, b: Event): number => b.eventDate.localeCompare(a.eventDate) || a.id.localeCompare(b.id);

/** A group's events; `solved` keeps only solved (true) or unsolved (false) ones. */
export const listGroupEvents = async (context: DomainContext, groupName: string, solved?: boolean | null): Promise<readonly Event[]> => {
  const group = await loadGroup(context, groupName);
  const events = await context.loaders.groupEvents.load({ groupName: group.name, ...(typeof solved === 'boolean' ? { solved } : {}) });
  return [...events].sort(byEventDate);
};

/** Every state the event went through, oldest first (OPEN at the event date, CREATED at the report ...). */
export const eventHistory = (context: DomainContext, event: Event): Promise<readonly EventState[]> =>
  context.loaders.eventHistoricState.load(event);

export const eventRoot = async (context: DomainContext, event: Event): Promise<Root | undefined> =>
  event.rootId ? context.loaders.root.load({ id: event.rootId, groupName: event.groupName }) : undefined;

/** When it was solved, for SOLVED events. */
export const eventClosingDate = (event: Event): string | undefined =>
  event.state.status === 'SOLVED' ? (event.solvingDate ?? event.state.modifiedDate) : undefined;
