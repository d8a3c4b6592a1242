import { GROUP_ROLES, type GroupRole, type Level, type OrganizationRole, type RoleOf, type UserRole } from './roles';

type GrantTable<R extends string> = Readonly<Partial<Record<R, readonly R[]>>>;

/**
 * Who may grant which group role. `admin` grants every role a person may hold: not `admin` (that
 * comes only from the user-level admin fallback) and not `service_forces` (the CI agent's role,
 * given by the platform when it issues the agent's token), as in the original's role files.
 */
export const GROUP_GRANTS = {
  admin: GROUP_ROLES.filter((role) => role !== 'admin' && role !== 'service_forces'),
  customer_manager: ['architect', 'customer_manager', 'hacker', 'reattacker', 'resourcer', 'reviewer', 'user_manager'],
  user_manager: ['user', 'user_manager', 'vulnerability_manager'],
} as const satisfies GrantTable<GroupRole>;

/** Who may grant which organization role; `admin` is never granted at this level. */
export const ORGANIZATION_GRANTS = {
  admin: ['customer_manager', 'user', 'user_manager'],
  customer_manager: ['customer_manager', 'user_manager'],
  user_manager: ['user', 'user_manager'],
} as const satisfies GrantTable<OrganizationRole>;

/** Who may set a stakeholder's user-level role directly. */
export const USER_GRANTS = {
  admin: ['admin', 'hacker', 'user'],
} as const satisfies GrantTable<UserRole>;

export const GRANTS_BY_LEVEL: { readonly [L in Level]: GrantTable<RoleOf<L>> } = {
  user: USER_GRANTS,
  organization: ORGANIZATION_GRANTS,
  group: GROUP_GRANTS,
};

/** The roles of `level` that `granterRole` may grant (empty for no role). */
export const grantableRoles = <L extends Level>(level: L, granterRole: RoleOf<L> | undefined): readonly RoleOf<L>[] =>
  granterRole === undefined ? [] : ((GRANTS_BY_LEVEL[level] as GrantTable<RoleOf<L>>)[granterRole] ?? []);

/** Whether a holder of `granterRole` at `level` may grant `role` at the same level. */
export const canGrant = <L extends Level>(level: L, granterRole: RoleOf<L> | undefined, role: RoleOf<L>): boolean =>
  grantableRoles(level, granterRole).includes(role);
