import type { EffectivePolicies } from '@integrates/domain';
import type { Policies } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';

export const PolicySourceEnum = builder.enumType('PolicySource', {
  description: 'Whose policies apply to a group: its own (GROUP) or its organization\'s (ORGANIZATION).',
  values: ['GROUP', 'ORGANIZATION'] as const,
});

export const PoliciesType = builder.objectRef<EffectivePolicies>('Policies').implement({
  description: 'The acceptance and DevSecOps policies that apply, with the defaults where none was set.',
  extensions: INHERITED,
  fields: (t) => ({
    maxAcceptanceDays: t.int({ nullable: true, description: 'Most calendar days a vulnerability may be temporarily accepted.', resolve: (p) => p.maxAcceptanceDays ?? null }),
    maxAcceptanceSeverity: t.exposeFloat('maxAcceptanceSeverity', { description: 'Highest CVSS score that may be temporarily accepted.' }),
    maxNumberAcceptances: t.int({ nullable: true, description: 'Most times a vulnerability may be temporarily accepted.', resolve: (p) => p.maxNumberAcceptances ?? null }),
    minAcceptanceSeverity: t.exposeFloat('minAcceptanceSeverity', { description: 'Lowest CVSS score that may be temporarily accepted.' }),
    minBreakingSeverity: t.exposeFloat('minBreakingSeverity', { description: 'Lowest CVSS score of an open vulnerability that breaks the build (strict mode).' }),
    vulnerabilityGracePeriod: t.exposeInt('vulnerabilityGracePeriod', { description: 'Days new vulnerabilities do not break the build.' }),
    source: t.field({ type: PolicySourceEnum, resolve: (p) => p.source }),
    modifiedBy: t.exposeString('modifiedBy'),
    modifiedDate: t.exposeString('modifiedDate'),
  }),
});

/** Policies as they were stored at one time: unset values are null. */
export const HistoricPoliciesType = builder.objectRef<Policies>('HistoricPolicies').implement({
  description: 'The policies as set at one time (null: not set then).',
  extensions: INHERITED,
  fields: (t) => ({
    inactivityPeriod: t.int({ nullable: true, resolve: (p) => p.inactivityPeriod ?? null }),
    maxAcceptanceDays: t.int({ nullable: true, resolve: (p) => p.maxAcceptanceDays ?? null }),
    maxAcceptanceSeverity: t.float({ nullable: true, resolve: (p) => p.maxAcceptanceSeverity ?? null }),
    maxNumberAcceptances: t.int({ nullable: true, resolve: (p) => p.maxNumberAcceptances ?? null }),
    minAcceptanceSeverity: t.float({ nullable: true, resolve: (p) => p.minAcceptanceSeverity ?? null }),
    minBreakingSeverity: t.float({ nullable: true, resolve: (p) => p.minBreakingSeverity ?? null }),
    vulnerabilityGracePeriod: t.int({ nullable: true, resolve: (p) => p.vulnerabilityGracePeriod ?? null }),
    modifiedBy: t.exposeString('modifiedBy'),
    modifiedDate: t.exposeString('modifiedDate'),
  }),
});
