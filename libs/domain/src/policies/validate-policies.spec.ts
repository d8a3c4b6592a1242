import { groupPolicies, organizationPolicies } from './effective-policies';
import { validatePolicies } from './validate-policies';
import { aGroup, anOrganization } from '@integrates/db-model/testing';

describe('policies', () => {
  it('returns only what was given, severities to one decimal; nothing given is no change', () => {
    expect(validatePolicies({ maxAcceptanceSeverity: 6.94, maxAcceptanceDays: 0, inactivityPeriod: null }, {})).toEqual({
      maxAcceptanceSeverity: 6.9,
      maxAcceptanceDays: 0,
    });
    expect(validatePolicies({}, {})).toBeUndefined();
  });

  it('checks min against max over what is given, then stored, then the fallback, then the defaults', () => {
    expect(() => validatePolicies({ minAcceptanceSeverity: 5 }, { maxAcceptanceSeverity: 4 })).toThrow('should not be higher than the max value');
    expect(() => validatePolicies({ minAcceptanceSeverity: 5 }, {}, { maxAcceptanceSeverity: 4 })).toThrow('should not be higher');
    expect(validatePolicies({ minAcceptanceSeverity: 5 }, {}, {})).toEqual({ minAcceptanceSeverity: 5 });
  });

  it('refuses numbers that are not finite', () => {
    expect(() => validatePolicies({ maxAcceptanceSeverity: Number.NaN }, {})).toThrow('between 0.0 and 10.0');
  });

  it('fills in defaults, and lets a group override its organization field by field', () => {
    const organization = anOrganization({ policies: { maxAcceptanceDays: 30, maxAcceptanceSeverity: 8, modifiedBy: 'a@b.co', modifiedDate: '2026-01-01T00:00:00.000Z' } });
    expect(organizationPolicies(organization)).toMatchObject({ inactivityPeriod: 90, maxAcceptanceDays: 30, maxAcceptanceSeverity: 8, minAcceptanceSeverity: 0, source: 'ORGANIZATION' });
    const group = aGroup({ policies: { maxAcceptanceDays: 10, modifiedBy: 'c@d.co', modifiedDate: '2026-02-01T00:00:00.000Z' } });
    expect(groupPolicies(group, organization)).toMatchObject({ maxAcceptanceDays: 10, maxAcceptanceSeverity: 8, modifiedBy: 'c@d.co', source: 'GROUP' });
    expect(groupPolicies(aGroup(), organization).source).toBe('ORGANIZATION');
  });
});
