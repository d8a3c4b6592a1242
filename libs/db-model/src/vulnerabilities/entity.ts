import { Entity, item, list, map, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { indicatorsMap, severityScoreMap } from '../model/schema-parts';
import { table } from '../table/table';
import { findingListingSortKey, groupListingSortKey, isAccepted, isReleased } from './index-keys';
import type {
  Vulnerability,
  VulnerabilityState,
  VulnerabilityTreatment,
  VulnerabilityVerification,
  VulnerabilityZeroRisk,
} from './types';

export const vulnerabilityKey = (id: string, findingId: string) =>
  ({ pk: `VULN#${keyPart('vulnerability id', id)}`, sk: `FIN#${keyPart('finding id', findingId)}` }) as const;

const versioned = { modified_by: string(), modified_date: string() };

const stateAttributes = {
  status: string().enum('SUBMITTED', 'REJECTED', 'VULNERABLE', 'SAFE', 'DELETED', 'MASKED'),
  source: string(),
  where: string(),
  specific: string(),
  commit: string().optional(),
  reasons: list(string()).optional(),
  other_reason: string().optional(),
  justification: string().optional(),
  ...versioned,
};
const treatmentAttributes = {
  status: string().enum('UNTREATED', 'IN_PROGRESS', 'ACCEPTED', 'ACCEPTED_UNDEFINED'),
  acceptance_status: string().enum('SUBMITTED', 'APPROVED', 'REJECTED').optional(),
  accepted_until: string().optional(),
  justification: string().optional(),
  assigned: string().optional(),
  ...versioned,
};
const verificationAttributes = {
  status: string().enum('REQUESTED', 'ON_HOLD', 'VERIFIED', 'MASKED'),
  event_id: string().optional(),
  justification: string().optional(),
  ...versioned,
};
const zeroRiskAttributes = {
  status: string().enum('REQUESTED', 'CONFIRMED', 'REJECTED'),
  comment_id: string(),
  ...versioned,
};

const attributes = item({
  id: string().key(),
  finding_id: string().key(),
  group_name: string(),
  organization_name: string(),
  hacker_email: string(),
  created_by: string(),
  created_date: string(),
  type: string().enum('INPUTS', 'LINES', 'PORTS'),
  hash: string(),
  root_id: string().optional(),
  state: map(stateAttributes),
  treatment: map(treatmentAttributes).optional(),
  verification: map(verificationAttributes).optional(),
  zero_risk: map(zeroRiskAttributes).optional(),
  severity_score: severityScoreMap().optional(),
  bug_tracking_system_url: string().optional(),
  tags: list(string()).optional(),
  unreliable_indicators: indicatorsMap(),
});

type Parsed = { state: { status: string }; zero_risk?: { status: string }; treatment?: { status: string; assigned?: string }; verification?: { status: string; event_id?: string } };
const zeroRiskOf = (item: Parsed): boolean => item.zero_risk?.status === 'REQUESTED' || item.zero_risk?.status === 'CONFIRMED';

/**
 * vulnerability_metadata: `VULN#id` / `FIN#finding_id`, with the original's indexes: gsi_2 by root,
 * gsi_3 by treatment assignee, gsi_4 by event, gsi_5 the group-wide filtered listing, gsi_6 the
 * per-finding filtered listing, gsi_hash the location hash. Optional index keys are left out (sparse).
 */
export const VulnerabilityEntity = new Entity({
  name: 'vulnerability_metadata',
  table,
  timestamps: false,
  schema: attributes.and({
    pk_2: string().optional().link<typeof attributes>(({ root_id }) => (root_id ? `ROOT#${root_id}` : undefined)).hidden(),
    sk_2: string().optional().link<typeof attributes>(({ root_id, id }) => (root_id ? `VULN#${id}` : undefined)).hidden(),
    pk_3: string()
      .optional()
      .link<typeof attributes>(({ treatment }) => (treatment?.assigned ? `USER#${treatment.assigned}` : undefined))
      .hidden(),
    sk_3: string()
      .optional()
      .link<typeof attributes>(({ treatment, id }) => (treatment?.assigned ? `VULN#${id}` : undefined))
      .hidden(),
    pk_4: string()
      .optional()
      .link<typeof attributes>(({ verification }) => (verification?.event_id ? `EVENT#${verification.event_id}` : undefined))
      .hidden(),
    sk_4: string()
      .optional()
      .link<typeof attributes>(({ verification, id }) => (verification?.event_id ? `VULN#${id}` : undefined))
      .hidden(),
    pk_5: string().link<typeof attributes>(({ group_name }) => `GROUP#${group_name}`).hidden(),
    sk_5: string()
      .link<typeof attributes>((vulnerability) =>
        groupListingSortKey(zeroRiskOf(vulnerability), vulnerability.state.status, isAccepted(vulnerability.treatment?.status), vulnerability.id),
      )
      .hidden(),
    pk_6: string().link<typeof attributes>(({ finding_id }) => `FIN#${finding_id}`).hidden(),
    sk_6: string()
      .link<typeof attributes>((vulnerability) =>
        findingListingSortKey({
          deleted: vulnerability.state.status === 'DELETED',
          released: isReleased(vulnerability.state.status),
          zeroRisk: zeroRiskOf(vulnerability),
          state: vulnerability.state.status,
          verification: vulnerability.verification?.status ?? 'none',
          id: vulnerability.id,
        }),
      )
      .hidden(),
    pk_hash: string().link<typeof attributes>(({ hash }) => `HASH#${hash}`).hidden(),
    sk_hash: string().link<typeof attributes>(({ finding_id }) => `FIN#${finding_id}`).hidden(),
  }),
  computeKey: ({ id, finding_id }) => vulnerabilityKey(id, finding_id),
});

export const vulnerabilityFacet = defineFacet<Vulnerability>({
  name: 'vulnerability_metadata',
  entity: VulnerabilityEntity,
  keyTemplate: { pk: 'VULN#id', sk: 'FIN#finding_id' },
  indexTemplates: {
    inverted_index: { pk: 'FIN#finding_id', sk: 'VULN#id' },
    gsi_2: { pk: 'ROOT#root_id', sk: 'VULN#id' },
    gsi_3: { pk: 'USER#assigned', sk: 'VULN#id' },
    gsi_4: { pk: 'EVENT#event_id', sk: 'VULN#id' },
    gsi_5: { pk: 'GROUP#group_name', sk: 'VULN#ZR#is_zero_risk#STATE#state#TREAT#is_accepted#VULN#id' },
    gsi_6: { pk: 'FIN#finding_id', sk: 'VULN#DELETED#is_deleted#RELEASED#is_released#ZR#is_zero_risk#STATE#state#VERIF#verification#VULN#id' },
    gsi_hash: { pk: 'HASH#hash', sk: 'FIN#finding_id' },
  },
});

export const vulnerabilityHistoricState = defineHistoricFacet<VulnerabilityState>({
  name: 'vulnerability_historic_state',
  prefix: 'STATE',
  historyKey: 'VULN#id',
  attributes: stateAttributes,
});
export const vulnerabilityHistoricTreatment = defineHistoricFacet<VulnerabilityTreatment>({
  name: 'vulnerability_historic_treatment',
  prefix: 'TREATMENT',
  historyKey: 'VULN#id',
  attributes: treatmentAttributes,
});
export const vulnerabilityHistoricVerification = defineHistoricFacet<VulnerabilityVerification>({
  name: 'vulnerability_historic_verification',
  prefix: 'VERIFICATION',
  historyKey: 'VULN#id',
  attributes: verificationAttributes,
});
export const vulnerabilityHistoricZeroRisk = defineHistoricFacet<VulnerabilityZeroRisk>({
  name: 'vulnerability_historic_zero_risk',
  prefix: 'ZERORISK',
  historyKey: 'VULN#id',
  attributes: zeroRiskAttributes,
});
