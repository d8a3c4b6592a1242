import type { ActionIdOf } from './actions/registry';
import { canDo } from './enforcer';
import { ROLES_BY_LEVEL, type Level, type RoleOf } from './roles';

/**
 * The who-can-do-what examples of the reference (integrates.md section 5), each asserted for every
 * role of its level: the listed roles may, every other role may not.
 */
interface Example<L extends Level> {
  readonly mutation: string;
  readonly level: L;
  readonly action: ActionIdOf<L>;
  readonly holders: readonly RoleOf<L>[];
}

const group = (mutation: string, action: ActionIdOf<'group'>, holders: readonly RoleOf<'group'>[]): Example<'group'> => ({
  mutation,
  level: 'group',
  action,
  holders,
});

const EXAMPLES: readonly Example<Level>[] = [
  group('addFinding', 'group.finding.add', ['admin', 'architect', 'hacker', 'reattacker']),
  group('uploadFile', 'group.vulnerabilities.upload', ['admin', 'architect', 'hacker', 'reattacker']),
  group('updateSeverity', 'group.finding.update_severity', ['admin', 'architect', 'hacker', 'reattacker']),
  group('confirmVulnerabilities', 'group.vulnerabilities.confirm', ['admin', 'reviewer']),
  group('rejectVulnerabilities', 'group.vulnerabilities.reject', ['admin', 'reviewer']),
  group('updateVulnerabilitiesTreatment', 'group.treatment.update', [
    'user',
    'user_manager',
    'vulnerability_manager',
    'hacker',
    'architect',
  ]),
  group('handleVulnerabilitiesAcceptance', 'group.treatment.handle_acceptance', ['user_manager', 'vulnerability_manager']),
  group(
    'requestVulnerabilitiesVerification',
    'group.reattack.request',
    ROLES_BY_LEVEL.group.filter((role) => role !== 'service_forces'),
  ),
  group('verifyVulnerabilitiesRequest', 'group.reattack.verify', ['admin', 'architect', 'hacker', 'reattacker']),
  group('requestVulnerabilitiesZeroRisk', 'group.zero_risk.request', [
    'admin',
    'customer_manager',
    'user',
    'user_manager',
    'vulnerability_manager',
  ]),
  group('confirmVulnerabilitiesZeroRisk', 'group.zero_risk.confirm', ['admin', 'architect', 'reviewer']),
  group('grantStakeholderAccess', 'group.stakeholder.grant', ['admin', 'customer_manager', 'user_manager']),
  group('removeGroup', 'group.remove', ['admin', 'customer_manager', 'user_manager']),
  group('updateGroupPolicies', 'group.policies.update', ['admin', 'customer_manager', 'user_manager']),
  { mutation: 'addGroup', level: 'organization', action: 'organization.group.add', holders: ['admin', 'customer_manager', 'user_manager'] },
  { mutation: 'addOrganization', level: 'user', action: 'user.organization.add', holders: ['admin', 'hacker', 'user'] },
  { mutation: 'updateOrganizationPolicies', level: 'organization', action: 'organization.policies.update', holders: ['admin', 'user_manager'] },
];

const cases = EXAMPLES.flatMap((example) =>
  (ROLES_BY_LEVEL[example.level] as readonly RoleOf<Level>[]).map((role) => {
    const may = (example.holders as readonly string[]).includes(role);
    return [`${example.mutation} (${example.action}): ${example.level} ${role} ${may ? 'may' : 'may not'}`, example, role, may] as const;
  }),
);

describe('the reference examples, role by role', () => {
  it.each(cases)('%s', (_name, example, role, may) => {
    // The level is carried by the example, so the generic signature cannot be checked here.
    const check = canDo as (level: Level, role: string, action: string) => boolean;
    expect(check(example.level, role, example.action)).toBe(may);
  });
});
