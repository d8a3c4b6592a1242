import { ACTIONS_BY_LEVEL, findAction, type ActionIdOf, type GroupActionId, type OrganizationActionId } from './actions/registry';
import type { GroupRole, Level, OrganizationRole, RoleOf, UserRole } from './roles';

/** What the group enforcer needs to know about the caller: their stored roles, nothing else. */
export interface GroupSubject {
  readonly userRole?: UserRole | undefined;
  /** The explicit role in the group (from the stakeholder's group access), if any. */
  readonly groupRole?: GroupRole | undefined;
}

export interface OrganizationSubject {
  readonly userRole?: UserRole | undefined;
  /** The explicit role in the organization (from the stakeholder's organization access), if any. */
  readonly organizationRole?: OrganizationRole | undefined;
}

/** The role shown as `group.userRole`: the explicit group role, else `admin` for a user-level admin. */
export const effectiveGroupRole = ({ userRole, groupRole }: GroupSubject): GroupRole | undefined =>
  groupRole ?? (userRole === 'admin' ? 'admin' : undefined);

/**
 * The role shown as `organization.userRole`: the explicit organization role, else `admin` for a
 * user-level admin. A stored organization role `admin` is ignored: that role comes only from the
 * fallback, so a record claiming it cannot make someone an administrator.
 */
export const effectiveOrganizationRole = ({ userRole, organizationRole }: OrganizationSubject): OrganizationRole | undefined => {
  const explicit = organizationRole === 'admin' ? undefined : organizationRole;
  return explicit ?? (userRole === 'admin' ? 'admin' : undefined);
};

/** Whether `role` at `level` holds `action`. No role holds nothing; an action of another level is refused. */
export const canDo = <L extends Level>(level: L, role: RoleOf<L> | undefined, action: ActionIdOf<L>): boolean => {
  if (role === undefined) return false;
  const entry = findAction(action);
  return entry !== undefined && entry.level === level && (entry.roles as readonly string[]).includes(role);
};

/** Every action `role` holds at `level`, sorted by id. */
export const permissions = <L extends Level>(level: L, role: RoleOf<L> | undefined): readonly ActionIdOf<L>[] =>
  role === undefined
    ? []
    : (ACTIONS_BY_LEVEL[level] as readonly { id: ActionIdOf<L>; roles: readonly string[] }[])
        .filter((entry) => entry.roles.includes(role))
        .map((entry) => entry.id);

export const userPermissions = (role: UserRole | undefined) => permissions('user', role);
export const organizationPermissions = (role: OrganizationRole | undefined) => permissions('organization', role);
export const groupPermissions = (role: GroupRole | undefined) => permissions('group', role);

/**
 * The group enforcer, as in the original: allowed when the explicit group role holds the action, or
 * when the caller is a user-level admin and the group `admin` role holds it. So an admin who also has
 * an explicit role in the group may do what either role may.
 */
export const canDoInGroup = (subject: GroupSubject, action: GroupActionId): boolean =>
  canDo('group', subject.groupRole, action) || (subject.userRole === 'admin' && canDo('group', 'admin', action));

/** The organization enforcer: the effective organization role must hold the action. */
export const canDoInOrganization = (subject: OrganizationSubject, action: OrganizationActionId): boolean =>
  canDo('organization', effectiveOrganizationRole(subject), action);

/** What `group.permissions` lists: every group action canDoInGroup allows, sorted by id. */
export const permissionsInGroup = (subject: GroupSubject): readonly GroupActionId[] =>
  ACTIONS_BY_LEVEL.group.map((entry) => entry.id).filter((id) => canDoInGroup(subject, id));

/** What `organization.permissions` lists. */
export const permissionsInOrganization = (subject: OrganizationSubject): readonly OrganizationActionId[] =>
  organizationPermissions(effectiveOrganizationRole(subject));
