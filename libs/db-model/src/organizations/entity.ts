import { Entity, item, map, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { policiesAttributes } from '../policies/policies';
import { table } from '../table/table';
import type { Organization, OrganizationState } from './types';

export const organizationKey = (id: string, name: string) =>
  ({ pk: `ORG#${keyPart('organization id', id)}`, sk: `ORG#${keyPart('organization name', name)}` }) as const;

export const organizationNameGuardKey = (name: string) =>
  ({ pk: 'ORG_NAME', sk: `ORG#${keyPart('organization name', name.toLowerCase())}` }) as const;

const stateAttributes = {
  status: string().enum('ACTIVE', 'DELETED'),
  pending_deletion_date: string().optional(),
  modified_by: string(),
  modified_date: string(),
};

const attributes = item({
  id: string().key(),
  name: string().key(),
  country: string(),
  created_by: string(),
  created_date: string(),
  state: map(stateAttributes),
  policies: map(policiesAttributes),
});

const OrganizationEntity = new Entity({
  name: 'organization_metadata',
  table,
  timestamps: false,
  schema: attributes.and({
    pk_2: string()
      .link<typeof attributes>(() => 'ORG#all')
      .hidden(),
    sk_2: string()
      .link<typeof attributes>(({ id }) => `ORG#${id}`)
      .hidden(),
  }),
  computeKey: ({ id, name }) => organizationKey(id, name),
});

/** organization_metadata: `ORG#id` / `ORG#name`; gsi_2 `ORG#all` / `ORG#id`; by name through the inverted index. */
export const organizationFacet = defineFacet<Organization>({
  name: 'organization_metadata',
  entity: OrganizationEntity,
  keyTemplate: { pk: 'ORG#id', sk: 'ORG#name' },
  indexTemplates: { gsi_2: { pk: 'ORG#all', sk: 'ORG#id' }, inverted_index: { pk: 'ORG#name', sk: 'ORG#id' } },
});

const nameGuardAttributes = item({ name: string().key(), organization_id: string() });

/** The uniqueness guard of organization names: `ORG_NAME` / `ORG#name`, naming the organization that holds it. */
export const organizationNameGuardFacet = defineFacet<{ readonly name: string; readonly organizationId: string }>({
  name: 'organization_name',
  entity: new Entity({
    name: 'organization_name',
    table,
    timestamps: false,
    schema: nameGuardAttributes,
    computeKey: ({ name }) => organizationNameGuardKey(name),
  }),
  keyTemplate: { pk: 'ORG_NAME', sk: 'ORG#name' },
});

export const organizationHistoricState = defineHistoricFacet<OrganizationState>({
  name: 'organization_historic_state',
  prefix: 'STATE',
  historyKey: 'ORG#id',
  attributes: stateAttributes,
});
