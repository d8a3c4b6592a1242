import type { UserActionSpec } from './action-spec';

/** User-level actions: they need no organization or group, only the stakeholder's own role. */
export const USER_ACTIONS = {
  'user.me.read': {
    description: 'Query `me`: email, name, role, permissions, organizations, reachable groups, isConcurrentSession.',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.session.acknowledge_concurrent': {
    description: 'Mutation `acknowledgeConcurrentSession`: clear the concurrent-session flag.',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.access_tokens.read': {
    description: 'Field `me.accessTokens`: the caller\'s own API tokens (id, name, issuedAt, lastUse).',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.access_tokens.add': {
    description: 'Mutation `addAccessToken`: issue an API token for oneself.',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.access_tokens.invalidate': {
    description: 'Mutation `invalidateAccessToken`: revoke one of one\'s own API tokens.',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.vulnerabilities_assigned.read': {
    description: 'Field `me.vulnerabilitiesAssigned`: vulnerabilities whose treatment is assigned to the caller.',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.organization.add': {
    description: 'Mutation `addOrganization`: create an organization (the creator gets access to it).',
    roles: ['admin', 'hacker', 'user'],
  },
  'user.treatment.assign_to_fluid_staff': {
    description: 'Capability: assign a vulnerability\'s treatment to a Fluid Attacks (@fluidattacks.com) stakeholder.',
    roles: ['admin', 'hacker'],
  },
} as const satisfies Readonly<Record<`user.${string}`, UserActionSpec>>;
