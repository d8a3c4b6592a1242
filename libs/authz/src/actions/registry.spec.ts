import { canDo } from '../enforcer';
import { LEVELS, ROLES_BY_LEVEL } from '../roles';
import type { AuthzRule } from '../rules';
import { isServiceAttribute } from '../service-attributes';
import { ACTIONS, ACTIONS_BY_LEVEL, findAction, isActionId } from './registry';

describe('the action registry', () => {
  it.each(ACTIONS.map((entry) => [entry.id, entry] as const))('%s: has a role, valid roles, a description', (_id, entry) => {
    expect(LEVELS).toContain(entry.level);
    expect(entry.id.startsWith(`${entry.level}.`)).toBe(true);
    expect(entry.id).toMatch(/^(user|organization|group)(\.[a-z_]+)+$/);
    expect(entry.description.trim().length).toBeGreaterThan(10);
    expect(entry.roles.length).toBeGreaterThan(0);
    expect(new Set(entry.roles).size).toBe(entry.roles.length);
    const valid: readonly string[] = ROLES_BY_LEVEL[entry.level];
    expect(entry.roles.filter((role) => !valid.includes(role))).toEqual([]);
    expect(entry.requires.filter((attribute) => !isServiceAttribute(attribute))).toEqual([]);
    if (entry.level !== 'group') expect(entry.requires).toEqual([]);
  });

  it('has unique ids, grouped by level and sorted within each', () => {
    const ids = ACTIONS.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const level of LEVELS) {
      const levelIds = ACTIONS_BY_LEVEL[level].map((entry) => entry.id);
      expect(levelIds).toEqual([...levelIds].sort());
      expect(ACTIONS_BY_LEVEL[level].every((entry) => entry.level === level)).toBe(true);
    }
  });

  it('gives every role of every level at least one action', () => {
    for (const level of LEVELS) {
      for (const role of ROLES_BY_LEVEL[level]) {
        expect([level, role, ACTIONS_BY_LEVEL[level].some((entry) => (entry.roles as readonly string[]).includes(role))]).toEqual([
          level,
          role,
          true,
        ]);
      }
    }
  });

  it('looks ids up, and refuses strings that are not ids', () => {
    expect(findAction('group.finding.add')?.level).toBe('group');
    expect(findAction('group.finding.nope')).toBeUndefined();
    expect(isActionId('organization.policies.update')).toBe(true);
    expect(isActionId('api_mutations_add_finding_mutate')).toBe(false);
    expect(isActionId(42)).toBe(false);
  });

  it('makes unknown ids and level mismatches compile-time errors', () => {
    // The directives below fail the typecheck target if the lines ever compile.
    // @ts-expect-error an id that is not in the registry
    expect(canDo('group', 'admin', 'group.finding.approve')).toBe(false);
    // @ts-expect-error a user-level action checked at group level
    expect(canDo('group', 'admin', 'user.me.read')).toBe(false);
    // @ts-expect-error a group rule naming an organization action
    const rule: AuthzRule = { level: 'group', action: 'organization.read' };
    expect(rule.level).toBe('group');
  });

  // Every query root field, mutation and restricted field named in issues 7 to 10 is guarded by an
  // action whose description names it, so the API layer can find the action for each.
  const GUARDED = [
    // Query root fields
    'me', 'organization', 'organizationId', 'group', 'stakeholder', 'finding', 'vulnerability', 'event', 'events', 'root',
    // Sessions and tokens (issue 7)
    'acknowledgeConcurrentSession', 'addAccessToken', 'invalidateAccessToken', 'me.accessTokens',
    // Organizations, groups, access, roots (issue 8)
    'addOrganization', 'updateOrganizationPolicies', 'grantStakeholderOrganizationAccess', 'updateOrganizationStakeholder',
    'removeStakeholderOrganizationAccess', 'addGroup', 'updateGroup', 'updateGroupInfo', 'updateGroupPolicies', 'removeGroup',
    'addGroupTags', 'removeGroupTag', 'grantStakeholderAccess', 'updateGroupStakeholder', 'removeStakeholderAccess',
    'addGitRoot', 'updateGitRoot', 'addIpRoot', 'addUrlRoot', 'activateRoot', 'deactivateRoot',
    'organization.stakeholders', 'group.stakeholders', 'group.policies', 'group.serviceAttributes', 'group.roots',
    // Findings and vulnerabilities (issue 9)
    'addFinding', 'updateDescription', 'updateSeverity', 'removeFinding', 'uploadFile', 'addVulnerabilities',
    'confirmVulnerabilities', 'rejectVulnerabilities', 'resubmitVulnerabilities', 'updateVulnerabilitiesTreatment',
    'handleVulnerabilitiesAcceptance', 'requestVulnerabilitiesVerification', 'verifyVulnerabilitiesRequest',
    'requestVulnerabilitiesZeroRisk', 'confirmVulnerabilitiesZeroRisk', 'rejectVulnerabilitiesZeroRisk', 'removeVulnerability',
    'closeVulnerabilities', 'updateVulnerabilitiesSeverity', 'updateVulnerabilityTreatment', 'addFindingConsult',
    'group.findings', 'group.vulnerabilities', 'finding.vulnerabilitiesConnection', 'finding.zeroRiskConnection',
    'finding.consulting', 'finding.observations', 'finding.tracking', 'me.vulnerabilitiesAssigned',
    // Events, holds, comments (issue 10)
    'addEvent', 'requestEventVerification', 'rejectEventSolution', 'solveEvent', 'requestVulnerabilitiesHold',
    'addEventConsult', 'addGroupConsult', 'group.events', 'event.affectedReattacks', 'event.consulting', 'group.consulting',
  ];

  it.each(GUARDED)('guards `%s`', (name) => {
    const guarding = ACTIONS.filter(
      (entry) => entry.description.includes(`\`${name}\``) || entry.description.includes(`\`${name}(`),
    );
    expect(guarding.map((entry) => entry.id)).not.toEqual([]);
  });
});
