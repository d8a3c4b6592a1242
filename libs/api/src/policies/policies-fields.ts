import { effectiveGroupPolicies, groupPoliciesHistory, organizationPolicies, organizationPoliciesHistory, type EffectivePolicies } from '@integrates/domain';
import type { Group, Organization } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { GroupType } from '../group/group-type';
import { OrganizationType } from '../organization/organization-type';
import { HistoricPoliciesType, PoliciesType } from './policies-type';

const GROUP_RULE = { level: 'group', action: 'group.policies.read' } as const;
const ORGANIZATION_RULE = { level: 'organization', action: 'organization.policies.read' } as const;
const ofGroup = (group: Group) => ({ groupName: group.name });
const ofOrganization = (organization: Organization) => ({ organizationId: organization.id });

builder.objectFields(GroupType, (t) => ({
  policies: t.field({
    type: PoliciesType,
    description: 'The policies that apply: the group\'s own where it set them, else its organization\'s.',
    ...guarded(GROUP_RULE, (group: Group, _args, context) => effectiveGroupPolicies(context, group), ofGroup),
  }),
  historicPolicies: t.field({
    type: [HistoricPoliciesType],
    description: 'The group\'s own policies over time, oldest first (empty if it never set any).',
    ...guarded(GROUP_RULE, (group: Group, _args, context) => groupPoliciesHistory(context, group), ofGroup),
  }),
}));

/** The organization's policy fields, flat as in the original. */
const policy = <K extends 'inactivityPeriod' | 'maxAcceptanceSeverity' | 'minAcceptanceSeverity' | 'minBreakingSeverity' | 'vulnerabilityGracePeriod'>(key: K) =>
  guarded(ORGANIZATION_RULE, (organization: Organization): EffectivePolicies[K] => organizationPolicies(organization)[key], ofOrganization);
const optionalPolicy = (key: 'maxAcceptanceDays' | 'maxNumberAcceptances') =>
  guarded(ORGANIZATION_RULE, (organization: Organization): number | null => organizationPolicies(organization)[key] ?? null, ofOrganization);

builder.objectFields(OrganizationType, (t) => ({
  inactivityPeriod: t.int({ description: 'Days without signing in after which a member is removed.', ...policy('inactivityPeriod') }),
  maxAcceptanceDays: t.int({ nullable: true, description: 'Most calendar days a vulnerability may be temporarily accepted.', ...optionalPolicy('maxAcceptanceDays') }),
  maxAcceptanceSeverity: t.float({ description: 'Highest CVSS score that may be temporarily accepted.', ...policy('maxAcceptanceSeverity') }),
  maxNumberAcceptances: t.int({ nullable: true, description: 'Most times a vulnerability may be temporarily accepted.', ...optionalPolicy('maxNumberAcceptances') }),
  minAcceptanceSeverity: t.float({ description: 'Lowest CVSS score that may be temporarily accepted.', ...policy('minAcceptanceSeverity') }),
  minBreakingSeverity: t.float({ description: 'Lowest CVSS score of an open vulnerability that breaks the build.', ...policy('minBreakingSeverity') }),
  vulnerabilityGracePeriod: t.int({ description: 'Days new vulnerabilities do not break the build.', ...policy('vulnerabilityGracePeriod') }),
  historicPolicies: t.field({
    type: [HistoricPoliciesType],
    description: 'The organization\'s policies over time, oldest first, ending with the current ones.',
    ...guarded(ORGANIZATION_RULE, (organization: Organization, _args, context) => organizationPoliciesHistory(context, organization), ofOrganization),
  }),
}));
