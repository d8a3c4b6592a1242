import { AccessDeniedError, LoginRequiredError } from '@integrates/errors';
import { assertAllowed, decide, requiredAttributes, type AuthzRule } from './rules';
import type { ServiceAttribute } from './service-attributes';

const ACTIVE_REPORTING: readonly ServiceAttribute[] = ['has_asm', 'can_report_vulnerabilities', 'is_continuous'];

describe('decide', () => {
  it('allows public rules to anyone, signed in or not', () => {
    expect(decide({ level: 'public' }, { signedIn: false })).toEqual({ allowed: true });
  });

  it('asks every other rule for a sign-in first', () => {
    const rules: readonly AuthzRule[] = [
      { level: 'authenticated' },
      { level: 'user', action: 'user.me.read' },
      { level: 'organization', action: 'organization.read' },
      { level: 'group', action: 'group.read' },
    ];
    for (const rule of rules) {
      expect(decide(rule, { signedIn: false, userRole: 'admin' })).toEqual({
        allowed: false,
        reason: 'LOGIN_REQUIRED',
        detail: 'not signed in',
      });
    }
    expect(decide({ level: 'authenticated' }, { signedIn: true })).toEqual({ allowed: true });
  });

  it('checks user rules against the user-level role', () => {
    expect(decide({ level: 'user', action: 'user.organization.add' }, { signedIn: true, userRole: 'user' }).allowed).toBe(true);
    expect(decide({ level: 'user', action: 'user.treatment.assign_to_fluid_staff' }, { signedIn: true, userRole: 'user' })).toEqual({
      allowed: false,
      reason: 'ACCESS_DENIED',
      detail: 'user role user lacks user.treatment.assign_to_fluid_staff',
    });
    expect(decide({ level: 'user', action: 'user.me.read' }, { signedIn: true })).toMatchObject({ allowed: false, reason: 'ACCESS_DENIED' });
  });

  it('checks organization rules with the admin fallback', () => {
    const rule: AuthzRule = { level: 'organization', action: 'organization.policies.update' };
    expect(decide(rule, { signedIn: true, userRole: 'admin' }).allowed).toBe(true);
    expect(decide(rule, { signedIn: true, userRole: 'user', organizationRole: 'user_manager' }).allowed).toBe(true);
    expect(decide(rule, { signedIn: true, userRole: 'user', organizationRole: 'customer_manager' })).toEqual({
      allowed: false,
      reason: 'ACCESS_DENIED',
      detail: 'organization role customer_manager lacks organization.policies.update',
    });
    expect(decide(rule, { signedIn: true, userRole: 'hacker' })).toMatchObject({ detail: expect.stringContaining('no role') });
  });

  it('checks group rules against the role, then the attributes the registry requires', () => {
    const rule: AuthzRule = { level: 'group', action: 'group.finding.add' };
    const hacker = { signedIn: true, userRole: 'hacker', groupRole: 'hacker' } as const;
    expect(decide(rule, { ...hacker, groupAttributes: ACTIVE_REPORTING }).allowed).toBe(true);
    expect(decide(rule, { ...hacker, groupAttributes: ['has_asm'] })).toEqual({
      allowed: false,
      reason: 'ACCESS_DENIED',
      detail: 'group lacks service attribute can_report_vulnerabilities for group.finding.add',
    });
    expect(decide(rule, { ...hacker, groupRole: 'user', groupAttributes: ACTIVE_REPORTING })).toEqual({
      allowed: false,
      reason: 'ACCESS_DENIED',
      detail: 'group role user lacks group.finding.add',
    });
    expect(decide(rule, { signedIn: true, userRole: 'admin', groupAttributes: ACTIVE_REPORTING }).allowed).toBe(true);
  });

  it('adds the attributes a rule declares to those of the registry', () => {
    const rule: AuthzRule = { level: 'group', action: 'group.read', attributes: ['has_squad'] };
    expect(requiredAttributes(rule)).toEqual(['has_squad']);
    expect(requiredAttributes({ level: 'group', action: 'group.zero_risk.request', attributes: ['has_asm'] })).toEqual([
      'has_asm',
      'can_request_zero_risk',
    ]);
    const reader = { signedIn: true, userRole: 'user', groupRole: 'user' } as const;
    expect(decide(rule, { ...reader, groupAttributes: ['has_asm'] })).toMatchObject({ allowed: false, reason: 'ACCESS_DENIED' });
    expect(decide(rule, { ...reader, groupAttributes: ['has_asm', 'has_squad'] }).allowed).toBe(true);
  });

  it('refuses group mutations on a deleted group (no has_asm), reads stay open', () => {
    const manager = { signedIn: true, userRole: 'user', groupRole: 'user_manager', groupAttributes: [] } as const;
    expect(decide({ level: 'group', action: 'group.policies.update' }, manager).allowed).toBe(false);
    expect(decide({ level: 'group', action: 'group.read' }, manager).allowed).toBe(true);
  });
});

describe('assertAllowed', () => {
  it('throws the client-facing errors, and nothing when allowed', () => {
    expect(() => assertAllowed({ allowed: true })).not.toThrow();
    expect(() => assertAllowed({ allowed: false, reason: 'LOGIN_REQUIRED', detail: 'x' })).toThrow(LoginRequiredError);
    expect(() => assertAllowed({ allowed: false, reason: 'ACCESS_DENIED', detail: 'group role user lacks x' })).toThrow(
      new AccessDeniedError(),
    );
  });
});
