import {
  canGrant,
  checkGroupGrant,
  checkOrganizationGrant,
  effectiveOrganizationRole,
  parseGroupRole,
  parseOrganizationRole,
  parseUserRole,
  type GrantCheck,
  type GroupRole,
  type OrganizationRole,
} from '@integrates/authz';
import type { Group } from '@integrates/db-model';
import { groupRoleOf, groupServiceAttributes, organizationRoleOf } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { GrantRefusedError, InvalidRoleProvidedError } from './access-errors';

/** GraphQL role names are upper case; INTERNAL_MANAGER is the original's old name for customer_manager. */
const normalizedRole = (role: string): string => (role.toUpperCase() === 'INTERNAL_MANAGER' ? 'customer_manager' : role.toLowerCase());

export const parseGroupRoleInput = (role: string): GroupRole => {
  const parsed = parseGroupRole(normalizedRole(role));
  if (!parsed) throw new InvalidRoleProvidedError(role.toLowerCase());
  return parsed;
};

export const parseOrganizationRoleInput = (role: string): OrganizationRole => {
  const parsed = parseOrganizationRole(normalizedRole(role));
  if (!parsed) throw new InvalidRoleProvidedError(role.toLowerCase());
  return parsed;
};

const enforce = (check: GrantCheck, role: string): void => {
  if (check.allowed) return;
  if (check.code === 'ACCESS_DENIED') throw new InvalidRoleProvidedError(role);
  throw new GrantRefusedError(check.code, check.message);
};

const viewerUserRole = async (context: DomainContext) =>
  parseUserRole((await context.loaders.stakeholder.load(requireViewer(context).email))?.role);

/** The grant rules (registry tables plus the Fluid Attacks staff validations) for a group role. */
export const enforceGroupGrant = async (context: DomainContext, group: Group, email: string, role: GroupRole): Promise<void> => {
  const granter = { userRole: await viewerUserRole(context), groupRole: await groupRoleOf(context, group.name) };
  enforce(checkGroupGrant({ granter, email, role, groupAttributes: groupServiceAttributes(group) }), role);
};

export const enforceOrganizationGrant = async (
  context: DomainContext,
  organizationId: string,
  email: string,
  role: OrganizationRole,
): Promise<void> => {
  const granter = { userRole: await viewerUserRole(context), organizationRole: await organizationRoleOf(context, organizationId) };
  enforce(checkOrganizationGrant({ granter, email, role }), role);
};

/**
 * Changing or removing someone's access needs the power to grant the role they hold now: a user
 * manager cannot demote or remove a customer manager.
 */
export const enforceCanManageGroupRole = async (context: DomainContext, group: Group, currentRole: string | undefined): Promise<void> => {
  const role = parseGroupRole(currentRole);
  if (!role) return;
  const userRole = await viewerUserRole(context);
  const groupRole = await groupRoleOf(context, group.name);
  if (!canGrant('group', groupRole, role) && !(userRole === 'admin' && canGrant('group', 'admin', role))) throw new InvalidRoleProvidedError(role);
};

export const enforceCanManageOrganizationRole = async (
  context: DomainContext,
  organizationId: string,
  currentRole: string | undefined,
): Promise<void> => {
  const role = parseOrganizationRole(currentRole);
  if (!role) return;
  const granter = { userRole: await viewerUserRole(context), organizationRole: await organizationRoleOf(context, organizationId) };
  if (!canGrant('organization', effectiveOrganizationRole(granter), role)) throw new InvalidRoleProvidedError(role);
};
