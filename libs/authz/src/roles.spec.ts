import { isFluidAttacksEmail } from './fluid-staff';
import { groupRoleHasTag, GROUP_ROLES, parseGroupRole, parseOrganizationRole, parseUserRole } from './roles';

describe('roles', () => {
  it('tags the drills roles and the forces role', () => {
    expect(GROUP_ROLES.filter((role) => groupRoleHasTag(role, 'drills'))).toEqual([
      'architect',
      'hacker',
      'reattacker',
      'resourcer',
      'reviewer',
    ]);
    expect(GROUP_ROLES.filter((role) => groupRoleHasTag(role, 'forces'))).toEqual(['service_forces']);
  });

  it('parses stored roles, treating anything unknown as no role', () => {
    expect(parseUserRole('hacker')).toBe('hacker');
    expect(parseUserRole('reviewer')).toBeUndefined();
    expect(parseOrganizationRole('user_manager')).toBe('user_manager');
    expect(parseOrganizationRole('hacker')).toBeUndefined();
    expect(parseGroupRole('vulnerability_manager')).toBe('vulnerability_manager');
    expect(parseGroupRole('ADMIN')).toBeUndefined();
    expect(parseGroupRole(undefined)).toBeUndefined();
    expect(parseGroupRole(7)).toBeUndefined();
  });
});

describe('isFluidAttacksEmail', () => {
  it.each([
    ['hacker@fluidattacks.com', true],
    ['Hacker@FluidAttacks.COM', true],
    ['hacker@client.test', false],
    ['hacker@notfluidattacks.com', false],
    ['hacker@fluidattacks.com.evil.test', false],
    ['hacker@evil.test@fluidattacks.com', false],
    ['@fluidattacks.com', false],
    ['fluidattacks.com', false],
  ] as const)('%s: %s', (email, expected) => {
    expect(isFluidAttacksEmail(email)).toBe(expected);
  });
});
