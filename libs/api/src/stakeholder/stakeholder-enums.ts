import { builder } from '../builder/builder';

export const StakeholderRoleEnum = builder.enumType('StakeholderRole', {
  description: 'A role in a group (INTERNAL_MANAGER is the old name of CUSTOMER_MANAGER).',
  values: [
    'ADMIN',
    'ARCHITECT',
    'CUSTOMER_MANAGER',
    'HACKER',
    'INTERNAL_MANAGER',
    'REATTACKER',
    'RESOURCER',
    'REVIEWER',
    'SERVICE_FORCES',
    'USER',
    'USER_MANAGER',
    'VULNERABILITY_MANAGER',
  ] as const,
});

export const OrganizationRoleEnum = builder.enumType('OrganizationRole', {
  description: 'A role in an organization.',
  values: ['CUSTOMER_MANAGER', 'USER', 'USER_MANAGER'] as const,
});

export const InvitationStateEnum = builder.enumType('InvitationState', {
  description: 'PENDING: invited, not answered; UNREGISTERED: accepted, never signed in; REGISTERED: signed in.',
  values: ['PENDING', 'REGISTERED', 'UNREGISTERED'] as const,
});

export const StakeholderEntityEnum = builder.enumType('StakeholderEntity', {
  description: 'Whether a stakeholder is asked about as a member of a group or of an organization.',
  values: ['GROUP', 'ORGANIZATION'] as const,
});
