import { boolean, Entity, item, list, map, number, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { indicatorsMap } from '../model/schema-parts';
import { policiesAttributes } from '../policies/policies';
import { table } from '../table/table';
import type { Group, GroupState } from './types';

export const groupKey = (name: string, organizationId: string) =>
  ({ pk: `GROUP#${keyPart('group name', name)}`, sk: `ORG#${keyPart('organization id', organizationId)}` }) as const;

export const groupNameGuardKey = (name: string) => ({ pk: 'GROUP_ID', sk: `GROUP#${keyPart('group name', name)}` }) as const;

const stateAttributes = {
  status: string().enum('ACTIVE', 'DELETED'),
  type: string().enum('CONTINUOUS', 'ONESHOT'),
  has_machine: boolean(),
  has_squad: boolean(),
  has_asm: boolean(),
  managed: string().enum('MANAGED', 'NOT_MANAGED', 'UNDER_REVIEW', 'TRIAL'),
  tier: string().enum('FREE', 'MACHINE', 'ONESHOT', 'OTHER', 'SQUAD'),
  service: string().enum('BLACK', 'WHITE').optional(),
  tags: list(string()).optional(),
  comments: string().optional(),
  justification: string().optional(),
  modified_by: string(),
  modified_date: string(),
};

const attributes = item({
  name: string().key(),
  organization_id: string().key(),
  organization_name: string(),
  description: string(),
  language: string().enum('EN', 'ES'),
  created_by: string(),
  created_date: string(),
  state: map(stateAttributes),
  policies: map(policiesAttributes).optional(),
  business_id: string().optional(),
  business_name: string().optional(),
  context: string().optional(),
  disambiguation: string().optional(),
  sprint_duration: number().optional(),
  unreliable_indicators: indicatorsMap(),
});

/** group_metadata: `GROUP#name` / `ORG#organization_id`; an organization's groups through the inverted index. */
export const groupFacet = defineFacet<Group>({
  name: 'group_metadata',
  entity: new Entity({
    name: 'group_metadata',
    table,
    timestamps: false,
    schema: attributes,
    computeKey: ({ name, organization_id }) => groupKey(name, organization_id),
  }),
  keyTemplate: { pk: 'GROUP#name', sk: 'ORG#organization_id' },
  indexTemplates: { inverted_index: { pk: 'ORG#organization_id', sk: 'GROUP#name' } },
});

const guardAttributes = item({ name: string().key(), organization_id: string() });

/** The uniqueness guard of group names across the platform: `GROUP_ID` / `GROUP#name`. */
export const groupNameGuardFacet = defineFacet<{ readonly name: string; readonly organizationId: string }>({
  name: 'group_id',
  entity: new Entity({
    name: 'group_id',
    table,
    timestamps: false,
    schema: guardAttributes,
    computeKey: ({ name }) => groupNameGuardKey(name),
  }),
  keyTemplate: { pk: 'GROUP_ID', sk: 'GROUP#name' },
});

export const groupHistoricState = defineHistoricFacet<GroupState>({
  name: 'group_historic_state',
  prefix: 'STATE',
  historyKey: 'GROUP#name',
  attributes: stateAttributes,
});
