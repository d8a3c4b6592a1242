import { effectiveOrganizationRole, type GroupSubject, type OrganizationSubject } from './enforcer';
import { isFluidAttacksEmail } from './fluid-staff';
import { canGrant } from './grants';
import { groupRoleHasTag, type GroupRole, type OrganizationRole, type UserRole } from './roles';
import type { ServiceAttribute } from './service-attributes';

export const GRANT_REFUSALS = {
  ACCESS_DENIED: 'Access denied',
  UNEXPECTED_USER_ROLE:
    'Exception - Groups with any active Fluid Attacks service can only have Hackers provided by Fluid Attacks',
  INVALID_USER_PROVIDED: 'Exception - This role can only be granted to Fluid Attacks users',
} as const;
export type GrantRefusalCode = keyof typeof GRANT_REFUSALS;

export type GrantCheck =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly code: GrantRefusalCode; readonly message: string };

const ALLOWED: GrantCheck = { allowed: true };
const refuse = (code: GrantRefusalCode): GrantCheck => ({ allowed: false, code, message: GRANT_REFUSALS[code] });

/** customer_manager is a Fluid Attacks staff role, at group and organization level alike. */
const staffOnlyViolation = (role: string, email: string): boolean =>
  role === 'customer_manager' && !isFluidAttacksEmail(email);

export interface GroupGrantInput {
  /** Who grants: their stored roles (a user-level admin may grant what the group admin may). */
  readonly granter: GroupSubject;
  /** Whom the role is for. */
  readonly email: string;
  readonly role: GroupRole;
  /** The group's service attributes (see serviceAttributes). */
  readonly groupAttributes: readonly ServiceAttribute[];
}

/**
 * Whether `granter` may give `role` in a group to `email`: the grant rules first (refused as
 * "Access denied", revealing nothing more), then the original's validations: drills roles only for
 * Fluid Attacks emails in groups that must only have Fluid Attacks hackers, customer_manager only for
 * Fluid Attacks staff.
 */
export const checkGroupGrant = ({ granter, email, role, groupAttributes }: GroupGrantInput): GrantCheck => {
  const mayGrant =
    canGrant('group', granter.groupRole, role) || (granter.userRole === 'admin' && canGrant('group', 'admin', role));
  if (!mayGrant) return refuse('ACCESS_DENIED');
  if (
    groupAttributes.includes('must_only_have_fluidattacks_hackers') &&
    groupRoleHasTag(role, 'drills') &&
    !isFluidAttacksEmail(email)
  ) {
    return refuse('UNEXPECTED_USER_ROLE');
  }
  if (staffOnlyViolation(role, email)) return refuse('INVALID_USER_PROVIDED');
  return ALLOWED;
};

export interface OrganizationGrantInput {
  readonly granter: OrganizationSubject;
  readonly email: string;
  readonly role: OrganizationRole;
}

/** Whether `granter` may give `role` in an organization to `email`. */
export const checkOrganizationGrant = ({ granter, email, role }: OrganizationGrantInput): GrantCheck => {
  if (!canGrant('organization', effectiveOrganizationRole(granter), role)) return refuse('ACCESS_DENIED');
  if (staffOnlyViolation(role, email)) return refuse('INVALID_USER_PROVIDED');
  return ALLOWED;
};

/** The user-level role actually stored when `role` is granted at user level: `user` becomes `hacker` for Fluid Attacks emails. */
export const userLevelRoleFor = (email: string, role: UserRole): UserRole =>
  role === 'user' && isFluidAttacksEmail(email) ? 'hacker' : role;

export interface FirstAccessInput {
  readonly email: string;
  /** The stakeholder's current user-level role, if any. */
  readonly currentUserRole?: UserRole | undefined;
}

/**
 * The user-level role to give a stakeholder who receives a group or organization role and has no
 * user-level role yet (undefined when they already have one: it is left alone). Fluid Attacks emails
 * get `hacker`, everyone else `user`. The original copied the granted role when it was also a
 * user-level role; this never derives `admin` or `hacker` from a group grant for an outside email.
 */
export const userRoleForFirstAccess = ({ email, currentUserRole }: FirstAccessInput): UserRole | undefined =>
  currentUserRole === undefined ? userLevelRoleFor(email, 'user') : undefined;
