import { boolean, Entity, item, list, map, number, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { table } from '../table/table';
import type { Root, RootState } from './types';

export const rootKey = (id: string, groupName: string) =>
  ({ pk: `ROOT#${keyPart('root id', id)}`, sk: `GROUP#${keyPart('group name', groupName)}` }) as const;

const stateAttributes = {
  status: string().enum('ACTIVE', 'INACTIVE'),
  nickname: string(),
  reason: string().optional(),
  other: string().optional(),
  url: string().optional(),
  branch: string().optional(),
  environment: string().optional(),
  includes_health_check: boolean().optional(),
  gitignore: list(string()).optional(),
  use_vpn: boolean().optional(),
  address: string().optional(),
  host: string().optional(),
  path: string().optional(),
  port: number().optional(),
  protocol: string().optional(),
  query: string().optional(),
  modified_by: string(),
  modified_date: string(),
};

const attributes = item({
  id: string().key(),
  group_name: string().key(),
  organization_name: string(),
  type: string().enum('Git', 'IP', 'URL'),
  created_by: string(),
  created_date: string(),
  state: map(stateAttributes),
});

/** git_root / ip_root / url_root metadata: `ROOT#uuid` / `GROUP#name`; gsi_2 `ORG#organization_name` / `ROOT#uuid`. */
export const rootFacet = defineFacet<Root>({
  name: 'root_metadata',
  entity: new Entity({
    name: 'root_metadata',
    table,
    timestamps: false,
    schema: attributes.and({
      pk_2: string()
        .link<typeof attributes>(({ organization_name }) => `ORG#${organization_name}`)
        .hidden(),
      sk_2: string()
        .link<typeof attributes>(({ id }) => `ROOT#${id}`)
        .hidden(),
    }),
    computeKey: ({ id, group_name }) => rootKey(id, group_name),
  }),
  keyTemplate: { pk: 'ROOT#id', sk: 'GROUP#group_name' },
  indexTemplates: {
    inverted_index: { pk: 'GROUP#group_name', sk: 'ROOT#id' },
    gsi_2: { pk: 'ORG#organization_name', sk: 'ROOT#id' },
  },
});

export const rootHistoricState = defineHistoricFacet<RootState>({
  name: 'root_historic_state',
  prefix: 'STATE',
  historyKey: 'ROOT#id',
  attributes: stateAttributes,
});
