import {
  decide,
  effectiveGroupRole,
  effectiveOrganizationRole,
  parseGroupRole,
  parseOrganizationRole,
  parseUserRole,
  permissionsInGroup,
  permissionsInOrganization,
  serviceAttributes,
  userPermissions,
  type AuthzRule,
  type AuthzSubject,
  type GroupActionId,
  type GroupRole,
  type OrganizationActionId,
  type OrganizationRole,
  type ServiceAttribute,
  type UserActionId,
  type UserRole,
} from '@integrates/authz';
import type { Group } from '@integrates/db-model';
import { AccessDeniedError, LoginRequiredError } from '@integrates/errors';
import type { DomainContext } from '../context/context';

/** What a rule is about: the group or organization named by the field's arguments or its parent. */
export interface AuthzTarget {
  readonly groupName?: string | undefined;
  readonly organizationId?: string | undefined;
}

export const groupServiceAttributes = (group: Group): readonly ServiceAttribute[] =>
  serviceAttributes({
    status: group.state.status,
    type: group.state.type,
    hasSquad: group.state.hasSquad,
    hasMachine: group.state.hasMachine,
    ...(group.state.service ? { service: group.state.service } : {}),
  });

const userRoleOf = async (context: DomainContext): Promise<UserRole | undefined> => {
  if (!context.viewer) return undefined;
  const stakeholder = await context.loaders.stakeholder.load(context.viewer.email);
  return parseUserRole(stakeholder?.role);
};

export const groupRoleOf = async (context: DomainContext, groupName: string): Promise<GroupRole | undefined> => {
  if (!context.viewer) return undefined;
  const access = await context.loaders.groupAccess.load({ email: context.viewer.email, groupName: groupName.toLowerCase() });
  return access?.state.hasAccess ? parseGroupRole(access.state.role) : undefined;
};

export const organizationRoleOf = async (context: DomainContext, organizationId: string): Promise<OrganizationRole | undefined> => {
  if (!context.viewer) return undefined;
  const access = await context.loaders.organizationAccess.load({ email: context.viewer.email, organizationId });
  return access?.state.hasAccess ? parseOrganizationRole(access.state.role) : undefined;
};

/** Loads what `rule` depends on for the target. A missing group or organization yields no role. */
const subjectFor = async (context: DomainContext, rule: AuthzRule, target: AuthzTarget): Promise<AuthzSubject> => {
  const signedIn = context.viewer !== undefined;
  if (!signedIn || rule.level === 'public' || rule.level === 'authenticated') return { signedIn };
  const userRole = await userRoleOf(context);
  if (rule.level === 'group') {
    if (!target.groupName) return { signedIn, groupAttributes: [] };
    // Asked together, so that the group's name lookup and the caller's access go out as one store request.
    const [group, groupRole] = await Promise.all([context.loaders.group.load(target.groupName), groupRoleOf(context, target.groupName)]);
    if (!group) return { signedIn, groupAttributes: [] };
    return { signedIn, userRole, groupRole, groupAttributes: groupServiceAttributes(group) };
  }
  if (rule.level === 'organization') {
    const organization = target.organizationId ? await context.loaders.organization.load(target.organizationId) : undefined;
    if (!organization) return { signedIn };
    return { signedIn, userRole, organizationRole: await organizationRoleOf(context, organization.id) };
  }
  return { signedIn, userRole };
};

const describeTarget = (target: AuthzTarget): string =>
  target.groupName ? `GROUP#${target.groupName}` : target.organizationId ? `ORG#${target.organizationId}` : 'platform';

/**
 * Enforces a rule: returns when allowed, else throws "Login required" or "Access denied" (which says
 * nothing about whether the object exists), carrying for the audit log what was refused and why.
 */
export const authorize = async (context: DomainContext, rule: AuthzRule, target: AuthzTarget = {}): Promise<void> => {
  const decision = decide(rule, await subjectFor(context, rule, target));
  if (decision.allowed) return;
  // The denial is audited once, where every denied field is seen (the API's operation logging).
  const details = { action: 'action' in rule ? rule.action : `authz.${rule.level}`, target: describeTarget(target), detail: decision.detail };
  throw decision.reason === 'LOGIN_REQUIRED' ? new LoginRequiredError(details) : new AccessDeniedError(details);
};

/** A yes/no check for capabilities inside domain rules (assign to others, see drafts ...). */
export const isAllowed = async (context: DomainContext, rule: AuthzRule, target: AuthzTarget = {}): Promise<boolean> =>
  decide(rule, await subjectFor(context, rule, target)).allowed;

export const myUserPermissions = async (context: DomainContext): Promise<readonly UserActionId[]> =>
  userPermissions(await userRoleOf(context));

export const myGroupRole = async (context: DomainContext, groupName: string): Promise<GroupRole | undefined> =>
  effectiveGroupRole({ userRole: await userRoleOf(context), groupRole: await groupRoleOf(context, groupName) });

export const myGroupPermissions = async (context: DomainContext, groupName: string): Promise<readonly GroupActionId[]> =>
  permissionsInGroup({ userRole: await userRoleOf(context), groupRole: await groupRoleOf(context, groupName) });

export const myOrganizationRole = async (context: DomainContext, organizationId: string): Promise<OrganizationRole | undefined> =>
  effectiveOrganizationRole({ userRole: await userRoleOf(context), organizationRole: await organizationRoleOf(context, organizationId) });

export const myOrganizationPermissions = async (
  context: DomainContext,
  organizationId: string,
): Promise<readonly OrganizationActionId[]> =>
  permissionsInOrganization({
    userRole: await userRoleOf(context),
    organizationRole: await organizationRoleOf(context, organizationId),
  });
