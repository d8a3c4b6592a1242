import { Entity, item, map, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { table } from '../table/table';
import type { Event, EventState } from './types';

export const eventKey = (id: string, groupName: string) =>
  ({ pk: `EVENT#${keyPart('event id', id)}`, sk: `GROUP#${keyPart('group name', groupName)}` }) as const;

const stateAttributes = {
  status: string().enum('CREATED', 'OPEN', 'VERIFICATION_REQUESTED', 'SOLVED'),
  reason: string().optional(),
  other: string().optional(),
  comment_id: string().optional(),
  modified_by: string(),
  modified_date: string(),
};

const attributes = item({
  id: string().key(),
  group_name: string().key(),
  organization_id: string(),
  hacker: string(),
  created_by: string(),
  created_date: string(),
  description: string(),
  event_date: string(),
  type: string(),
  root_id: string().optional(),
  state: map(stateAttributes),
  solving_date: string().optional(),
});

/** event_metadata: `EVENT#id` / `GROUP#group_name`; gsi_2 `GROUP#group_name` / `EVENT#SOLVED#is_solved`. */
export const eventFacet = defineFacet<Event>({
  name: 'event_metadata',
  entity: new Entity({
    name: 'event_metadata',
    table,
    timestamps: false,
    schema: attributes.and({
      pk_2: string()
        .link<typeof attributes>(({ group_name }) => `GROUP#${group_name}`)
        .hidden(),
      sk_2: string()
        .link<typeof attributes>(({ state, id }) => `EVENT#SOLVED#${state.status === 'SOLVED'}#${id}`)
        .hidden(),
    }),
    computeKey: ({ id, group_name }) => eventKey(id, group_name),
  }),
  keyTemplate: { pk: 'EVENT#id', sk: 'GROUP#group_name' },
  indexTemplates: { gsi_2: { pk: 'GROUP#group_name', sk: 'EVENT#SOLVED#is_solved#id' } },
});

export const eventHistoricState = defineHistoricFacet<EventState>({
  name: 'event_historic_state',
  prefix: 'STATE',
  historyKey: 'EVENT#id',
  attributes: stateAttributes,
});
