import { GROUP_ROLES, ORGANIZATION_ROLES } from './roles';
import {
  canDo,
  canDoInGroup,
  canDoInOrganization,
  effectiveGroupRole,
  effectiveOrganizationRole,
  groupPermissions,
  organizationPermissions,
  permissionsInGroup,
  permissionsInOrganization,
  userPermissions,
} from './enforcer';

describe('effective roles (the admin fallback)', () => {
  it('uses the explicit group role when there is one, for admins too', () => {
    expect(effectiveGroupRole({ userRole: 'user', groupRole: 'reviewer' })).toBe('reviewer');
    expect(effectiveGroupRole({ userRole: 'admin', groupRole: 'user_manager' })).toBe('user_manager');
  });

  it('makes a user-level admin without a group role the group admin', () => {
    expect(effectiveGroupRole({ userRole: 'admin' })).toBe('admin');
  });

  it('gives no group role to non-admins without access', () => {
    expect(effectiveGroupRole({ userRole: 'hacker' })).toBeUndefined();
    expect(effectiveGroupRole({ userRole: 'user' })).toBeUndefined();
    expect(effectiveGroupRole({})).toBeUndefined();
  });

  it('does the same at organization level, where admin comes only from the fallback', () => {
    expect(effectiveOrganizationRole({ userRole: 'user', organizationRole: 'user_manager' })).toBe('user_manager');
    expect(effectiveOrganizationRole({ userRole: 'admin' })).toBe('admin');
    expect(effectiveOrganizationRole({ userRole: 'hacker' })).toBeUndefined();
    expect(effectiveOrganizationRole({ userRole: 'user', organizationRole: 'admin' })).toBeUndefined();
    expect(effectiveOrganizationRole({ userRole: 'admin', organizationRole: 'admin' })).toBe('admin');
  });
});

describe('canDo', () => {
  it('refuses when there is no role', () => {
    expect(canDo('group', undefined, 'group.read')).toBe(false);
    expect(canDo('user', undefined, 'user.me.read')).toBe(false);
  });

  it('refuses an action of another level even when forced through the types', () => {
    const untyped = canDo as (level: string, role: string, action: string) => boolean;
    expect(untyped('group', 'admin', 'user.me.read')).toBe(false);
    expect(untyped('group', 'admin', 'group.no_such_action')).toBe(false);
    expect(untyped('group', 'admin', 'group.read')).toBe(true);
  });
});

describe('the group enforcer', () => {
  it('lets a user-level admin without access act as group admin', () => {
    expect(canDoInGroup({ userRole: 'admin' }, 'group.vulnerabilities.confirm')).toBe(true);
    expect(canDoInGroup({ userRole: 'admin' }, 'group.remove')).toBe(true);
  });

  it('does not give the fallback admin what the group admin role lacks', () => {
    expect(canDoInGroup({ userRole: 'admin' }, 'group.treatment.update')).toBe(false);
    expect(canDoInGroup({ userRole: 'admin' }, 'group.treatment.handle_acceptance')).toBe(false);
  });

  it('lets an admin with an explicit role do what either role may, as the original enforcer does', () => {
    const subject = { userRole: 'admin', groupRole: 'user_manager' } as const;
    expect(canDoInGroup(subject, 'group.treatment.handle_acceptance')).toBe(true);
    expect(canDoInGroup(subject, 'group.vulnerabilities.confirm')).toBe(true);
  });

  it('gives nothing to a non-admin without a group role', () => {
    for (const userRole of ['hacker', 'user'] as const) {
      expect(permissionsInGroup({ userRole })).toEqual([]);
    }
  });

  it('lists the permissions of the effective role', () => {
    expect(permissionsInGroup({ userRole: 'admin' })).toEqual(groupPermissions('admin'));
    expect(permissionsInGroup({ userRole: 'user', groupRole: 'reviewer' })).toEqual(groupPermissions('reviewer'));
  });

  it('lists the union for an admin with an explicit role', () => {
    const union = new Set([...groupPermissions('admin'), ...groupPermissions('vulnerability_manager')]);
    expect(permissionsInGroup({ userRole: 'admin', groupRole: 'vulnerability_manager' })).toEqual(
      [...union].sort(),
    );
  });

  it('keeps the CI agent to reading what a pipeline check needs', () => {
    expect(groupPermissions('service_forces')).toEqual([
      'group.findings.read',
      'group.read',
      'group.roots.read',
      'group.vulnerabilities.read',
    ]);
  });
});

describe('the organization enforcer', () => {
  it('lets a user-level admin without access act as organization admin', () => {
    expect(canDoInOrganization({ userRole: 'admin' }, 'organization.policies.update')).toBe(true);
    expect(permissionsInOrganization({ userRole: 'admin' })).toEqual(organizationPermissions('admin'));
  });

  it('uses the explicit role, and refuses without one', () => {
    expect(canDoInOrganization({ userRole: 'user', organizationRole: 'user_manager' }, 'organization.policies.update')).toBe(true);
    expect(canDoInOrganization({ userRole: 'user', organizationRole: 'user' }, 'organization.policies.update')).toBe(false);
    expect(canDoInOrganization({ userRole: 'hacker' }, 'organization.read')).toBe(false);
  });

  it('does not honour a stored organization admin role', () => {
    expect(canDoInOrganization({ userRole: 'user', organizationRole: 'admin' }, 'organization.read')).toBe(false);
  });
});

describe('permission lists', () => {
  it('are sorted, and empty without a role', () => {
    for (const role of GROUP_ROLES) {
      const list = groupPermissions(role);
      expect(list).toEqual([...list].sort());
    }
    for (const role of ORGANIZATION_ROLES) expect(organizationPermissions(role).length).toBeGreaterThan(0);
    expect(groupPermissions(undefined)).toEqual([]);
    expect(userPermissions(undefined)).toEqual([]);
  });

  it('give the user-level roles what the reference says', () => {
    expect(userPermissions('user')).toContain('user.organization.add');
    expect(userPermissions('user')).not.toContain('user.treatment.assign_to_fluid_staff');
    expect(userPermissions('hacker')).toContain('user.treatment.assign_to_fluid_staff');
  });
});
