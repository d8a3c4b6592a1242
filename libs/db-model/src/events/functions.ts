import { commitVersioned } from '../history/commit-states';
import { historicRow } from '../history/historic-facet';
import { readHistory } from '../history/read-history';
import { AlreadyExistsError } from '../model/errors';
import { keyPart } from '../model/keys';
import { getByKeys, queryAll, queryFirst } from '../model/lookups';
import { ConditionFailed, putItem } from '../store/operations';
import { eventFacet, eventHistoricState, eventKey } from './entity';
import type { Event, EventState } from './types';

/**
 * Creates an event. `past` holds states that precede the current one (the original records OPEN at the
 * event date, then CREATED at the report date); their rows are written first, so they exist before the
 * event does.
 */
export const addEvent = async (event: Event, past: readonly EventState[] = []): Promise<void> => {
  for (const state of past) await putItem(historicRow(eventHistoricState, `EVENT#${event.id}`, state));
  try {
    await putItem(eventFacet.toItem(event), [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (error instanceof ConditionFailed) throw new AlreadyExistsError('event', eventKey(event.id, event.groupName).pk);
    throw error;
  }
};

/**
 * Whether an event id is in use in any group (or by history rows left by a creation that did not
 * finish). Ids are drawn at random, and events of different groups would share the id's history.
 */
export const isEventIdTaken = async (id: string): Promise<boolean> => {
  const pk = `EVENT#${keyPart('event id', id)}`;
  const found = await Promise.all([queryFirst(pk, 'GROUP#'), queryFirst(pk, `${eventHistoricState.prefix}#`)]);
  return found.some((item) => item !== undefined);
};

export const getEvents = (keys: readonly { readonly id: string; readonly groupName: string }[]): Promise<readonly (Event | undefined)[]> =>
  getByKeys(eventFacet, keys.map(({ id, groupName }) => eventKey(id, groupName)));

/** A group's events, solved or unsolved ones only when `solved` is given. */
export const getGroupEvents = (groupName: string, solved?: boolean): Promise<readonly Event[]> =>
  queryAll(eventFacet, {
    index: 'gsi_2',
    partitionValue: `GROUP#${groupName}`,
    sortBeginsWith: solved === undefined ? 'EVENT#SOLVED#' : `EVENT#SOLVED#${solved}#`,
  });

export const updateEventState = (current: Event, state: EventState, solvingDate?: string): Promise<Event> =>
  commitVersioned({
    metadata: eventFacet,
    key: eventKey(current.id, current.groupName),
    current,
    historyPk: `EVENT#${current.id}`,
    attribute: 'state',
    facet: eventHistoricState,
    next: state,
    ...(solvingDate ? { extra: { solvingDate }, alsoSet: { solving_date: solvingDate } } : {}),
  });

export const getEventHistoricState = (event: Event): Promise<readonly EventState[]> =>
  readHistory(eventHistoricState, `EVENT#${event.id}`, event.state);
