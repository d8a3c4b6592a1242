/** The three levels at which a stakeholder holds a role. */
export const LEVELS = ['user', 'organization', 'group'] as const;
export type Level = (typeof LEVELS)[number];

export const USER_ROLES = ['admin', 'hacker', 'user'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * `admin` is never stored at this level: it is what a user-level admin acts as in an organization
 * where they hold no explicit role (see effectiveOrganizationRole).
 */
export const ORGANIZATION_ROLES = ['admin', 'customer_manager', 'user', 'user_manager'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export const GROUP_ROLES = [
  'admin',
  'architect',
  'customer_manager',
  'hacker',
  'reattacker',
  'resourcer',
  'reviewer',
  'service_forces',
  'user',
  'user_manager',
  'vulnerability_manager',
] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export type RoleOf<L extends Level> = L extends 'user'
  ? UserRole
  : L extends 'organization'
    ? OrganizationRole
    : GroupRole;

export const ROLES_BY_LEVEL: { readonly [L in Level]: readonly RoleOf<L>[] } = {
  user: USER_ROLES,
  organization: ORGANIZATION_ROLES,
  group: GROUP_ROLES,
};

/**
 * Group-role tags: `drills` marks the Fluid Attacks hacking roles (only Fluid Attacks staff may hold
 * them in groups with a Fluid Attacks service), `forces` the CI agent's role.
 */
export const GROUP_ROLE_TAGS = {
  drills: ['architect', 'hacker', 'reattacker', 'resourcer', 'reviewer'],
  forces: ['service_forces'],
} as const satisfies Readonly<Record<string, readonly GroupRole[]>>;
export type GroupRoleTag = keyof typeof GROUP_ROLE_TAGS;

export const groupRoleHasTag = (role: GroupRole, tag: GroupRoleTag): boolean =>
  (GROUP_ROLE_TAGS[tag] as readonly GroupRole[]).includes(role);

const parserFor =
  <R extends string>(roles: readonly R[]) =>
  (value: unknown): R | undefined =>
    typeof value === 'string' && (roles as readonly string[]).includes(value) ? (value as R) : undefined;

/** Stored roles are plain strings: anything that is not a known role counts as no role at all. */
export const parseUserRole = parserFor(USER_ROLES);
export const parseOrganizationRole = parserFor(ORGANIZATION_ROLES);
export const parseGroupRole = parserFor(GROUP_ROLES);
