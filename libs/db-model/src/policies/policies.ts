import { number, string } from 'dynamodb-toolbox';
import { defineHistoricFacet, type VersionedState } from '../history/historic-facet';

/** Acceptance and inactivity policies, shared by organizations and groups (a group's override its organization's). */
export interface Policies extends VersionedState {
  readonly inactivityPeriod?: number;
  readonly maxAcceptanceDays?: number;
  readonly maxAcceptanceSeverity?: number;
  readonly maxNumberAcceptances?: number;
  readonly minAcceptanceSeverity?: number;
  readonly minBreakingSeverity?: number;
  readonly vulnerabilityGracePeriod?: number;
}

export const policiesAttributes = {
  inactivity_period: number().optional(),
  max_acceptance_days: number().optional(),
  max_acceptance_severity: number().optional(),
  max_number_acceptances: number().optional(),
  min_acceptance_severity: number().optional(),
  min_breaking_severity: number().optional(),
  vulnerability_grace_period: number().optional(),
  modified_by: string(),
  modified_date: string(),
};

export const organizationHistoricPolicies = defineHistoricFacet<Policies>({
  name: 'organization_historic_policies',
  prefix: 'POLICIES',
  historyKey: 'ORG#id',
  attributes: policiesAttributes,
});

export const groupHistoricPolicies = defineHistoricFacet<Policies>({
  name: 'group_historic_policies',
  prefix: 'POLICIES',
  historyKey: 'GROUP#name',
  attributes: policiesAttributes,
});
