import { Entity, item, list, map, number, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { indicatorsMap, severityScoreMap } from '../model/schema-parts';
import { table } from '../table/table';
import type { Finding, FindingState, FindingTypeClaim, FindingVerification } from './types';

export const findingKey = (id: string, groupName: string) =>
  ({ pk: `FIN#${keyPart('finding id', id)}`, sk: `GROUP#${keyPart('group name', groupName)}` }) as const;

export const findingIdGuardKey = (id: string) => ({ pk: 'FIN_ID', sk: `FIN#${keyPart('finding id', id)}` }) as const;

export const findingTypeClaimKey = (groupName: string, code: string) =>
  ({ pk: `FIN_TYPE#${keyPart('group name', groupName)}`, sk: `CODE#${keyPart('finding type', code)}` }) as const;

const stateAttributes = {
  status: string().enum('CREATED', 'DELETED', 'MASKED'),
  source: string(),
  justification: string().optional(),
  modified_by: string(),
  modified_date: string(),
};

const verificationAttributes = {
  status: string().enum('REQUESTED', 'ON_HOLD', 'VERIFIED', 'MASKED'),
  comment_id: string().optional(),
  vulnerability_ids: list(string()).optional(),
  modified_by: string(),
  modified_date: string(),
};

const attributes = item({
  id: string().key(),
  group_name: string().key(),
  title: string(),
  description: string(),
  threat: string(),
  recommendation: string(),
  attack_vector_description: string(),
  unfulfilled_requirements: list(string()),
  min_time_to_remediate: number().optional(),
  hacker_email: string(),
  severity_score: severityScoreMap(),
  state: map(stateAttributes),
  creation: map(stateAttributes),
  verification: map(verificationAttributes).optional(),
  unreliable_indicators: indicatorsMap(),
});

/** finding_metadata: `FIN#id` / `GROUP#group_name`; a group's findings through the inverted index. */
export const findingFacet = defineFacet<Finding>({
  name: 'finding_metadata',
  entity: new Entity({
    name: 'finding_metadata',
    table,
    timestamps: false,
    schema: attributes,
    computeKey: ({ id, group_name }) => findingKey(id, group_name),
  }),
  keyTemplate: { pk: 'FIN#id', sk: 'GROUP#group_name' },
  indexTemplates: { inverted_index: { pk: 'GROUP#group_name', sk: 'FIN#id' } },
});

const guardAttributes = item({ id: string().key(), group_name: string() });

/** finding_id: `FIN_ID` / `FIN#id`, the creation guard, which also names the finding's group. */
export const findingIdGuardFacet = defineFacet<{ readonly id: string; readonly groupName: string }>({
  name: 'finding_id',
  entity: new Entity({ name: 'finding_id', table, timestamps: false, schema: guardAttributes, computeKey: ({ id }) => findingIdGuardKey(id) }),
  keyTemplate: { pk: 'FIN_ID', sk: 'FIN#id' },
});

const claimAttributes = item({ group_name: string().key(), code: string().key(), finding_id: string(), taken_at: string() });

/** finding_type: `FIN_TYPE#group_name` / `CODE#code`, the one finding of a weakness type a group may hold. */
export const findingTypeClaimFacet = defineFacet<FindingTypeClaim>({
  name: 'finding_type',
  entity: new Entity({
    name: 'finding_type',
    table,
    timestamps: false,
    schema: claimAttributes,
    computeKey: ({ group_name, code }) => findingTypeClaimKey(group_name, code),
  }),
  keyTemplate: { pk: 'FIN_TYPE#group_name', sk: 'CODE#code' },
});

export const findingHistoricState = defineHistoricFacet<FindingState>({
  name: 'finding_historic_state',
  prefix: 'STATE',
  historyKey: 'FIN#id',
  attributes: stateAttributes,
});

export const findingHistoricVerification = defineHistoricFacet<FindingVerification>({
  name: 'finding_historic_verification',
  prefix: 'VERIFICATION',
  historyKey: 'FIN#id',
  attributes: verificationAttributes,
});
