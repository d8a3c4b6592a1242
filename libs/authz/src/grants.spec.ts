import { canDo } from './enforcer';
import { checkGroupGrant, checkOrganizationGrant, userLevelRoleFor, userRoleForFirstAccess } from './grant-validations';
import { canGrant, GROUP_GRANTS, grantableRoles, ORGANIZATION_GRANTS } from './grants';
import { GROUP_ROLES, ORGANIZATION_ROLES, USER_ROLES, type GroupRole, type OrganizationRole } from './roles';
import type { ServiceAttribute } from './service-attributes';

const GROUP_EXPECTED: Readonly<Partial<Record<GroupRole, readonly GroupRole[]>>> = {
  admin: [
    'architect',
    'customer_manager',
    'hacker',
    'reattacker',
    'resourcer',
    'reviewer',
    'user',
    'user_manager',
    'vulnerability_manager',
  ],
  customer_manager: ['architect', 'customer_manager', 'hacker', 'reattacker', 'resourcer', 'reviewer', 'user_manager'],
  user_manager: ['user', 'user_manager', 'vulnerability_manager'],
};

const ORGANIZATION_EXPECTED: Readonly<Partial<Record<OrganizationRole, readonly OrganizationRole[]>>> = {
  admin: ['customer_manager', 'user', 'user_manager'],
  customer_manager: ['customer_manager', 'user_manager'],
  user_manager: ['user', 'user_manager'],
};

describe('grant rules', () => {
  const groupCases = GROUP_ROLES.flatMap((granter) =>
    GROUP_ROLES.map((role) => [granter, role, (GROUP_EXPECTED[granter] ?? []).includes(role)] as const),
  );
  it.each(groupCases)('group %s granting %s: %s', (granter, role, allowed) => {
    expect(canGrant('group', granter, role)).toBe(allowed);
  });

  const organizationCases = ORGANIZATION_ROLES.flatMap((granter) =>
    ORGANIZATION_ROLES.map((role) => [granter, role, (ORGANIZATION_EXPECTED[granter] ?? []).includes(role)] as const),
  );
  it.each(organizationCases)('organization %s granting %s: %s', (granter, role, allowed) => {
    expect(canGrant('organization', granter, role)).toBe(allowed);
  });

  it('lets only the user-level admin set user-level roles', () => {
    expect(grantableRoles('user', 'admin')).toEqual(['admin', 'hacker', 'user']);
    expect(grantableRoles('user', 'hacker')).toEqual([]);
    expect(grantableRoles('user', 'user')).toEqual([]);
    expect(grantableRoles('group', undefined)).toEqual([]);
  });

  it('never lets anyone grant the admin role below the user level', () => {
    for (const granter of GROUP_ROLES) expect(canGrant('group', granter, 'admin')).toBe(false);
    for (const granter of ORGANIZATION_ROLES) expect(canGrant('organization', granter, 'admin')).toBe(false);
  });

  it('gives every granter the action that grants, and the one that changes roles', () => {
    for (const granter of Object.keys(GROUP_GRANTS) as GroupRole[]) {
      expect([granter, canDo('group', granter, 'group.stakeholder.grant')]).toEqual([granter, true]);
      expect([granter, canDo('group', granter, 'group.stakeholder.update')]).toEqual([granter, true]);
    }
    for (const granter of Object.keys(ORGANIZATION_GRANTS) as OrganizationRole[]) {
      expect([granter, canDo('organization', granter, 'organization.stakeholder.grant')]).toEqual([granter, true]);
      expect([granter, canDo('organization', granter, 'organization.stakeholder.update')]).toEqual([granter, true]);
    }
  });
});

describe('checkGroupGrant', () => {
  const FLUID_GROUP: readonly ServiceAttribute[] = ['has_asm', 'is_continuous', 'must_only_have_fluidattacks_hackers'];
  const CUSTOMER_ONLY_GROUP: readonly ServiceAttribute[] = ['has_asm', 'can_report_vulnerabilities'];
  const manager = { userRole: 'user', groupRole: 'customer_manager' } as const;

  it('refuses roles the granter may not grant, as "Access denied"', () => {
    const check = checkGroupGrant({
      granter: { userRole: 'user', groupRole: 'user_manager' },
      email: 'someone@client.test',
      role: 'hacker',
      groupAttributes: CUSTOMER_ONLY_GROUP,
    });
    expect(check).toEqual({ allowed: false, code: 'ACCESS_DENIED', message: 'Access denied' });
    expect(
      checkGroupGrant({ granter: { userRole: 'user' }, email: 'a@client.test', role: 'user', groupAttributes: [] }).allowed,
    ).toBe(false);
  });

  it('lets a user-level admin without access grant as the group admin', () => {
    expect(
      checkGroupGrant({ granter: { userRole: 'admin' }, email: 'a@client.test', role: 'vulnerability_manager', groupAttributes: [] }),
    ).toEqual({ allowed: true });
  });

  it.each(['architect', 'hacker', 'reattacker', 'resourcer', 'reviewer'] as const)(
    'refuses the drills role %s to outside emails in groups that must only have Fluid Attacks hackers',
    (role) => {
      const outside = checkGroupGrant({ granter: manager, email: 'pentester@client.test', role, groupAttributes: FLUID_GROUP });
      expect(outside).toEqual({
        allowed: false,
        code: 'UNEXPECTED_USER_ROLE',
        message: 'Exception - Groups with any active Fluid Attacks service can only have Hackers provided by Fluid Attacks',
      });
      expect(checkGroupGrant({ granter: manager, email: 'hacker@fluidattacks.com', role, groupAttributes: FLUID_GROUP })).toEqual({
        allowed: true,
      });
      expect(
        checkGroupGrant({ granter: manager, email: 'pentester@client.test', role, groupAttributes: CUSTOMER_ONLY_GROUP }),
      ).toEqual({ allowed: true });
    },
  );

  it('does not restrict customer roles in Fluid Attacks groups', () => {
    expect(
      checkGroupGrant({
        granter: { userRole: 'user', groupRole: 'user_manager' },
        email: 'dev@client.test',
        role: 'vulnerability_manager',
        groupAttributes: FLUID_GROUP,
      }),
    ).toEqual({ allowed: true });
  });

  it('gives customer_manager only to Fluid Attacks staff', () => {
    expect(
      checkGroupGrant({ granter: manager, email: 'boss@client.test', role: 'customer_manager', groupAttributes: CUSTOMER_ONLY_GROUP }),
    ).toEqual({ allowed: false, code: 'INVALID_USER_PROVIDED', message: 'Exception - This role can only be granted to Fluid Attacks users' });
    expect(
      checkGroupGrant({ granter: manager, email: 'cm@fluidattacks.com', role: 'customer_manager', groupAttributes: CUSTOMER_ONLY_GROUP }),
    ).toEqual({ allowed: true });
  });
});

describe('checkOrganizationGrant', () => {
  it('follows the organization grant rules, with the admin fallback', () => {
    expect(checkOrganizationGrant({ granter: { userRole: 'user', organizationRole: 'user_manager' }, email: 'a@client.test', role: 'user' })).toEqual({
      allowed: true,
    });
    expect(
      checkOrganizationGrant({ granter: { userRole: 'user', organizationRole: 'user_manager' }, email: 'a@fluidattacks.com', role: 'customer_manager' }),
    ).toMatchObject({ allowed: false, code: 'ACCESS_DENIED' });
    expect(checkOrganizationGrant({ granter: { userRole: 'user', organizationRole: 'user' }, email: 'a@client.test', role: 'user' })).toMatchObject({
      allowed: false,
      code: 'ACCESS_DENIED',
    });
    expect(checkOrganizationGrant({ granter: { userRole: 'admin' }, email: 'a@client.test', role: 'user_manager' })).toEqual({ allowed: true });
  });

  it('gives customer_manager only to Fluid Attacks staff', () => {
    const granter = { userRole: 'admin' } as const;
    expect(checkOrganizationGrant({ granter, email: 'boss@client.test', role: 'customer_manager' })).toMatchObject({
      allowed: false,
      code: 'INVALID_USER_PROVIDED',
    });
    expect(checkOrganizationGrant({ granter, email: 'cm@FluidAttacks.com', role: 'customer_manager' })).toEqual({ allowed: true });
  });
});

describe('user-level roles on grants', () => {
  it('turns user into hacker for Fluid Attacks emails, and leaves the rest', () => {
    expect(userLevelRoleFor('someone@fluidattacks.com', 'user')).toBe('hacker');
    expect(userLevelRoleFor('someone@client.test', 'user')).toBe('user');
    for (const role of USER_ROLES.filter((r) => r !== 'user')) {
      expect(userLevelRoleFor('someone@client.test', role)).toBe(role);
      expect(userLevelRoleFor('someone@fluidattacks.com', role)).toBe(role);
    }
  });

  it('gives a first user-level role with the first access, and keeps an existing one', () => {
    expect(userRoleForFirstAccess({ email: 'new@client.test' })).toBe('user');
    expect(userRoleForFirstAccess({ email: 'new@fluidattacks.com' })).toBe('hacker');
    expect(userRoleForFirstAccess({ email: 'old@client.test', currentUserRole: 'user' })).toBeUndefined();
    expect(userRoleForFirstAccess({ email: 'old@fluidattacks.com', currentUserRole: 'admin' })).toBeUndefined();
  });
});
