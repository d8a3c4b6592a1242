import type { OrganizationActionSpec } from './action-spec';

const MANAGERS = ['admin', 'customer_manager', 'user_manager'] as const;
const MEMBERS = ['admin', 'customer_manager', 'user', 'user_manager'] as const;

/** Organization-level actions: checked against the caller's role in the organization. */
export const ORGANIZATION_ACTIONS = {
  'organization.read': {
    description:
      'Queries `organization(organizationId)` and `organizationId(organizationName)`: id, name, country, groups, permissions, userRole.',
    roles: MEMBERS,
  },
  'organization.policies.read': {
    description: 'Organization policy fields: inactivity period, acceptance days, severities and number of acceptances.',
    roles: MEMBERS,
  },
  'organization.policies.update': {
    description: 'Mutation `updateOrganizationPolicies`.',
    roles: ['admin', 'user_manager'],
  },
  'organization.stakeholders.read': {
    description:
      'Field `organization.stakeholders` and query `stakeholder(entity: ORGANIZATION)`: members, roles, invitation state, logins.',
    roles: MANAGERS,
  },
  'organization.stakeholder.grant': {
    description:
      'Mutation `grantStakeholderOrganizationAccess` (invites when the email has no access); which roles, see the grant rules.',
    roles: MANAGERS,
  },
  'organization.stakeholder.update': {
    description: 'Mutation `updateOrganizationStakeholder`: change a member\'s role (within the grant rules).',
    roles: MANAGERS,
  },
  'organization.stakeholder.remove': {
    description: 'Mutation `removeStakeholderOrganizationAccess`.',
    roles: MANAGERS,
  },
  'organization.group.add': {
    description: 'Mutation `addGroup`: create a group in the organization.',
    roles: MANAGERS,
  },
} as const satisfies Readonly<Record<`organization.${string}`, OrganizationActionSpec>>;
