import type { Policies } from '@integrates/db-model';
import { MIN_INACTIVITY_PERIOD, POLICY_DEFAULTS, POLICY_FIELDS, type PolicyField } from './effective-policies';
import {
  InvalidAcceptanceDaysError,
  InvalidAcceptanceSeverityError,
  InvalidAcceptanceSeverityRangeError,
  InvalidInactivityPeriodError,
  InvalidNumberAcceptancesError,
  InvalidSeverityError,
  InvalidVulnerabilityGracePeriodError,
} from './policy-errors';

/** The values a policies mutation sends; null or absent leaves a policy as it is. */
export type PoliciesInput = Partial<Record<PolicyField, number | null>>;

const SEVERITY_FIELDS: readonly PolicyField[] = ['maxAcceptanceSeverity', 'minAcceptanceSeverity', 'minBreakingSeverity'];

const inSeverityRange = (value: number): boolean => value >= 0 && value <= 10;

/** One check per policy, in the original's order; each throws the original's error. */
const CHECKS: Readonly<Record<PolicyField, (value: number) => void>> = {
  inactivityPeriod: (value) => {
    if (value < MIN_INACTIVITY_PERIOD) throw new InvalidInactivityPeriodError();
  },
  maxAcceptanceDays: (value) => {
    if (value < 0) throw new InvalidAcceptanceDaysError();
  },
  maxAcceptanceSeverity: (value) => {
    if (!inSeverityRange(value)) throw new InvalidAcceptanceSeverityError();
  },
  maxNumberAcceptances: (value) => {
    if (value < 0) throw new InvalidNumberAcceptancesError();
  },
  minAcceptanceSeverity: (value) => {
    if (!inSeverityRange(value)) throw new InvalidAcceptanceSeverityError();
  },
  minBreakingSeverity: (value) => {
    if (!inSeverityRange(value)) throw new InvalidSeverityError();
  },
  vulnerabilityGracePeriod: (value) => {
    if (value < 0) throw new InvalidVulnerabilityGracePeriodError();
  },
};

/** Severities are kept to one decimal, as the original quantized them. */
const oneDecimal = (value: number): number => Math.round(value * 10) / 10;

/**
 * The policies to store after the change: the given values checked and merged over `current`.
 * `fallback` is what applies where neither sets a value (the organization's, for a group), for the
 * min ≤ max acceptance severity check. Returns undefined when nothing was given.
 */
export const validatePolicies = (
  input: PoliciesInput,
  current: Partial<Policies>,
  fallback: Partial<Policies> = {},
): Partial<Record<PolicyField, number>> | undefined => {
  const given = POLICY_FIELDS.flatMap((field) => {
    const value = input[field];
    if (value === undefined || value === null) return [];
    if (!Number.isFinite(value)) throw field === 'minBreakingSeverity' ? new InvalidSeverityError() : new InvalidAcceptanceSeverityError();
    CHECKS[field](value);
    return [[field, SEVERITY_FIELDS.includes(field) ? oneDecimal(value) : value] as const];
  });
  const changes = Object.fromEntries(given) as Partial<Record<PolicyField, number>>;
  const effective = (field: 'minAcceptanceSeverity' | 'maxAcceptanceSeverity'): number =>
    changes[field] ?? current[field] ?? fallback[field] ?? POLICY_DEFAULTS[field];
  if (effective('minAcceptanceSeverity') > effective('maxAcceptanceSeverity')) throw new InvalidAcceptanceSeverityRangeError();
  return given.length === 0 ? undefined : changes;
};
