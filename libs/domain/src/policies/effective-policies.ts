import type { Group, Organization, Policies } from '@integrates/db-model';

/** The original's defaults (db_model/constants.py), for policies never set. */
export const POLICY_DEFAULTS = {
  inactivityPeriod: 90,
  maxAcceptanceSeverity: 10,
  minAcceptanceSeverity: 0,
  minBreakingSeverity: 0,
  vulnerabilityGracePeriod: 0,
} as const;

export const MIN_INACTIVITY_PERIOD = 21;

/** What applies, field by field: set values, else the defaults; the other fields stay unset. */
export interface EffectivePolicies {
  readonly inactivityPeriod: number;
  readonly maxAcceptanceDays?: number;
  readonly maxAcceptanceSeverity: number;
  readonly maxNumberAcceptances?: number;
  readonly minAcceptanceSeverity: number;
  readonly minBreakingSeverity: number;
  readonly vulnerabilityGracePeriod: number;
  readonly modifiedBy: string;
  readonly modifiedDate: string;
  /** Whose values apply: the group's own, or its organization's. */
  readonly source: 'GROUP' | 'ORGANIZATION';
}

export const POLICY_FIELDS = [
  'inactivityPeriod',
  'maxAcceptanceDays',
  'maxAcceptanceSeverity',
  'maxNumberAcceptances',
  'minAcceptanceSeverity',
  'minBreakingSeverity',
  'vulnerabilityGracePeriod',
] as const;
export type PolicyField = (typeof POLICY_FIELDS)[number];

const withDefaults = (policies: Policies, source: EffectivePolicies['source']): EffectivePolicies => ({
  ...policies,
  inactivityPeriod: policies.inactivityPeriod ?? POLICY_DEFAULTS.inactivityPeriod,
  maxAcceptanceSeverity: policies.maxAcceptanceSeverity ?? POLICY_DEFAULTS.maxAcceptanceSeverity,
  minAcceptanceSeverity: policies.minAcceptanceSeverity ?? POLICY_DEFAULTS.minAcceptanceSeverity,
  minBreakingSeverity: policies.minBreakingSeverity ?? POLICY_DEFAULTS.minBreakingSeverity,
  vulnerabilityGracePeriod: policies.vulnerabilityGracePeriod ?? POLICY_DEFAULTS.vulnerabilityGracePeriod,
  source,
});

export const organizationPolicies = (organization: Organization): EffectivePolicies => withDefaults(organization.policies, 'ORGANIZATION');

/** A group's own values where it set them, else its organization's (field by field), else the defaults. */
export const groupPolicies = (group: Group, organization: Organization): EffectivePolicies => {
  if (!group.policies) return organizationPolicies(organization);
  const own = group.policies;
  const merged: Policies = POLICY_FIELDS.reduce<Policies>(
    (policies, field) => (own[field] === undefined ? policies : { ...policies, [field]: own[field] }),
    { ...organization.policies, modifiedBy: own.modifiedBy, modifiedDate: own.modifiedDate },
  );
  return withDefaults(merged, 'GROUP');
};

