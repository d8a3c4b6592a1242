import { GROUP_ROLES } from '../roles';
import type { GroupActionSpec } from './action-spec';

// Named role sets used by more than one action. Everything else is listed explicitly, so that the
// registry reads as the who-can-do-what table it is.
const EVERYONE = GROUP_ROLES;
/** service_forces is the CI agent: it only reads what a pipeline check needs. */
const EVERYONE_BUT_FORCES = GROUP_ROLES.filter((role) => role !== 'service_forces');
/** Fluid Attacks' side (the drills roles plus customer_manager and admin): may see unreleased work. */
const FLUID_SIDE = ['admin', 'architect', 'customer_manager', 'hacker', 'reattacker', 'resourcer', 'reviewer'] as const;
const REPORTERS = ['admin', 'architect', 'hacker', 'reattacker'] as const;
const REVIEWERS = ['admin', 'reviewer'] as const;
const ZERO_RISK_REVIEWERS = ['admin', 'architect', 'reviewer'] as const;
const ACCESS_MANAGERS = ['admin', 'customer_manager', 'user_manager'] as const;
const TAG_EDITORS = ['admin', 'customer_manager', 'user', 'user_manager', 'vulnerability_manager'] as const;
const ROOT_EDITORS = ['admin', 'customer_manager', 'resourcer', 'user', 'user_manager'] as const;
const TREATMENT_EDITORS = ['architect', 'hacker', 'user', 'user_manager', 'vulnerability_manager'] as const;
const EVENT_HANDLERS = ['admin', 'architect', 'customer_manager', 'hacker', 'reattacker', 'resourcer'] as const;

/** A deleted group (no ASM) accepts no change: every mutation requires an active group. */
const ACTIVE = ['has_asm'] as const;

/** Group-level actions: checked against the caller's role in the group (or the admin fallback). */
export const GROUP_ACTIONS = {
  // Group: reading
  'group.read': {
    description:
      'Query `group(groupName)`: name, organization, description, language, service, subscription, tier, managed, has* flags, tags, permissions, userRole.',
    roles: EVERYONE,
  },
  'group.service_attributes.read': {
    description: 'Field `group.serviceAttributes`.',
    roles: EVERYONE_BUT_FORCES,
  },
  'group.indicators.read': {
    description:
      'Group indicators: open/closed vulnerabilities, open findings, max open severity, last closed vulnerability, mean remediate, treatment summary.',
    roles: EVERYONE_BUT_FORCES,
  },
  'group.policies.read': {
    description: 'Field `group.policies` (the group\'s own, else the organization\'s).',
    roles: EVERYONE_BUT_FORCES,
  },
  'group.stakeholders.read': {
    description: 'Field `group.stakeholders` and query `stakeholder(entity: GROUP)`: roles, responsibility, invitation state, logins.',
    roles: ['admin', 'customer_manager', 'reviewer', 'user_manager', 'vulnerability_manager'],
  },
  // Group: changing
  'group.update': {
    description: 'Mutation `updateGroup`: services (ASM, Squad, Machine, service type) and subscription.',
    roles: ['admin', 'customer_manager'],
    requires: ACTIVE,
  },
  'group.info.update': {
    description: 'Mutation `updateGroupInfo`: description, language, business data.',
    roles: ACCESS_MANAGERS,
    requires: ACTIVE,
  },
  'group.policies.update': {
    description: 'Mutation `updateGroupPolicies`.',
    roles: ACCESS_MANAGERS,
    requires: ACTIVE,
  },
  'group.remove': {
    description: 'Mutation `removeGroup`: the group becomes DELETED and what it holds MASKED.',
    roles: ACCESS_MANAGERS,
    requires: ACTIVE,
  },
  'group.tags.add': {
    description: 'Mutation `addGroupTags`.',
    roles: TAG_EDITORS,
    requires: ACTIVE,
  },
  'group.tags.remove': {
    description: 'Mutation `removeGroupTag`.',
    roles: TAG_EDITORS,
    requires: ACTIVE,
  },
  // Access
  'group.stakeholder.grant': {
    description: 'Mutation `grantStakeholderAccess` (invites when the email has no access); which roles, see the grant rules.',
    roles: ACCESS_MANAGERS,
    requires: ACTIVE,
  },
  'group.stakeholder.update': {
    description: 'Mutation `updateGroupStakeholder`: change a member\'s role or responsibility (within the grant rules).',
    roles: ACCESS_MANAGERS,
    requires: ACTIVE,
  },
  'group.stakeholder.remove': {
    description: 'Mutation `removeStakeholderAccess`.',
    roles: ACCESS_MANAGERS,
    requires: ACTIVE,
  },
  // Roots
  'group.roots.read': {
    description: 'Field `group.roots` and query `root(groupName, rootId)`.',
    roles: EVERYONE,
  },
  'group.roots.add': {
    description: 'Mutations `addGitRoot`, `addIpRoot`, `addUrlRoot`.',
    roles: ROOT_EDITORS,
    requires: ACTIVE,
  },
  'group.roots.update': {
    description: 'Mutation `updateGitRoot` (and the IP and URL equivalents).',
    roles: ROOT_EDITORS,
    requires: ACTIVE,
  },
  'group.roots.activate': {
    description: 'Mutation `activateRoot`.',
    roles: ['admin', 'user_manager'],
    requires: ACTIVE,
  },
  'group.roots.deactivate': {
    description: 'Mutation `deactivateRoot`: also closes the root\'s open vulnerabilities (EXCLUSION).',
    roles: ['admin', 'user_manager'],
    requires: ACTIVE,
  },
  // Findings
  'group.findings.read': {
    description:
      'Query `finding(identifier)` for released findings and `group.findings`: fields, severity, status, indicators, tracking.',
    roles: EVERYONE,
  },
  'group.finding.see_drafts': {
    description:
      'Capability: see unreleased work: DRAFT findings in `finding`/`group.findings`, SUBMITTED and REJECTED vulnerabilities and their counts.',
    roles: FLUID_SIDE,
  },
  'group.hacker.read': {
    description: 'Fields `finding.hacker`, `vulnerability.hacker`, `event.hacker`: who reported it.',
    roles: FLUID_SIDE,
  },
  'group.finding.add': {
    description: 'Mutation `addFinding`.',
    roles: REPORTERS,
    requires: ['has_asm', 'can_report_vulnerabilities'],
  },
  'group.finding.update_description': {
    description: 'Mutation `updateDescription`.',
    roles: REPORTERS,
    requires: ACTIVE,
  },
  'group.finding.update_severity': {
    description: 'Mutation `updateSeverity` (CVSS vectors).',
    roles: REPORTERS,
    requires: ACTIVE,
  },
  'group.finding.remove': {
    description: 'Mutation `removeFinding` (DUPLICATED, FALSE_POSITIVE, NOT_REQUIRED).',
    roles: ['admin', 'architect', 'hacker', 'reviewer'],
    requires: ACTIVE,
  },
  // Comments
  'group.consulting.read': {
    description: 'Fields `finding.consulting`, `event.consulting`, `group.consulting`: customer-visible comment threads.',
    roles: EVERYONE_BUT_FORCES,
  },
  'group.observations.read': {
    description: 'Field `finding.observations`: internal (OBSERVATION) comments.',
    roles: ['admin', 'architect', 'customer_manager', 'hacker', 'reattacker', 'reviewer'],
  },
  'group.finding.post_consult': {
    description: 'Mutation `addFindingConsult(type: CONSULT)`.',
    roles: [
      'admin',
      'architect',
      'customer_manager',
      'hacker',
      'reattacker',
      'reviewer',
      'user',
      'user_manager',
      'vulnerability_manager',
    ],
    requires: ACTIVE,
  },
  'group.finding.post_observation': {
    description: 'Mutation `addFindingConsult(type: OBSERVATION)`: post an internal comment.',
    roles: ['admin', 'architect', 'customer_manager', 'hacker', 'reviewer'],
    requires: ACTIVE,
  },
  'group.event.post_consult': {
    description: 'Mutation `addEventConsult`.',
    roles: EVERYONE_BUT_FORCES,
    requires: ACTIVE,
  },
  'group.post_consult': {
    description: 'Mutation `addGroupConsult`.',
    roles: ['admin', 'architect', 'customer_manager', 'hacker', 'reviewer', 'user', 'user_manager', 'vulnerability_manager'],
    requires: ACTIVE,
  },
  // Vulnerabilities: reading
  'group.vulnerabilities.read': {
    description:
      'Query `vulnerability(uuid)`, `group.vulnerabilities`, `finding.vulnerabilitiesConnection`: released vulnerabilities and their current state.',
    roles: EVERYONE,
  },
  'group.vulnerabilities.history.read': {
    description: 'Vulnerability state and treatment histories, and `finding.tracking`.',
    roles: EVERYONE_BUT_FORCES,
  },
  'group.vulnerabilities.verification_history.read': {
    description: 'Vulnerability verification (re-attack) history.',
    roles: ['admin', 'architect', 'hacker', 'reattacker', 'reviewer'],
  },
  'group.vulnerabilities.zero_risk_history.read': {
    description: 'Vulnerability zero-risk history.',
    roles: ['admin', 'architect', 'customer_manager', 'reviewer', 'user', 'user_manager', 'vulnerability_manager'],
  },
  'group.zero_risk.read': {
    description: 'Field `finding.zeroRiskConnection`: vulnerabilities with zero risk requested or confirmed, for review.',
    roles: ZERO_RISK_REVIEWERS,
  },
  // Vulnerabilities: reporting and review
  'group.vulnerabilities.upload': {
    description: 'Mutations `uploadFile` (YAML) and `addVulnerabilities` (JSON): report new vulnerabilities.',
    roles: REPORTERS,
    requires: ['has_asm', 'can_report_vulnerabilities'],
  },
  'group.vulnerabilities.confirm': {
    description: 'Mutation `confirmVulnerabilities`: release SUBMITTED vulnerabilities.',
    roles: REVIEWERS,
    requires: ACTIVE,
  },
  'group.vulnerabilities.reject': {
    description: 'Mutation `rejectVulnerabilities`.',
    roles: REVIEWERS,
    requires: ACTIVE,
  },
  'group.vulnerabilities.resubmit': {
    description: 'Mutation `resubmitVulnerabilities`: send REJECTED vulnerabilities back for review.',
    roles: REPORTERS,
    requires: ACTIVE,
  },
  'group.vulnerabilities.remove': {
    description: 'Mutation `removeVulnerability`.',
    roles: ['admin', 'architect', 'hacker'],
    requires: ACTIVE,
  },
  'group.vulnerabilities.close': {
    description: 'Mutation `closeVulnerabilities`.',
    roles: REPORTERS,
    requires: ACTIVE,
  },
  'group.vulnerabilities.update_severity': {
    description: 'Mutation `updateVulnerabilitiesSeverity`: a per-vulnerability severity override.',
    roles: REPORTERS,
    requires: ACTIVE,
  },
  'group.vulnerabilities.update_metadata': {
    description: 'Mutation `updateVulnerabilityTreatment`: bug-tracker URL and tags (not the treatment itself).',
    roles: TREATMENT_EDITORS,
    requires: ACTIVE,
  },
  // Treatment
  'group.treatment.update': {
    description: 'Mutation `updateVulnerabilitiesTreatment`.',
    roles: TREATMENT_EDITORS,
    requires: ACTIVE,
  },
  'group.treatment.handle_acceptance': {
    description: 'Mutation `handleVulnerabilitiesAcceptance`: approve or reject ACCEPTED_UNDEFINED requests.',
    roles: ['user_manager', 'vulnerability_manager'],
    requires: ACTIVE,
  },
  'group.vulnerabilities.assign_to_others': {
    description: 'Capability: assign a treatment to someone else (everyone else is assigned to themselves).',
    roles: ['customer_manager', 'user_manager', 'vulnerability_manager'],
  },
  'group.treatment.valid_assignee': {
    description: 'Capability: may be the assignee of a vulnerability\'s treatment in the group.',
    roles: ['user', 'user_manager', 'vulnerability_manager'],
  },
  // Re-attacks
  'group.reattack.request': {
    description: 'Mutation `requestVulnerabilitiesVerification`.',
    roles: EVERYONE_BUT_FORCES,
    requires: ['is_continuous', 'can_report_vulnerabilities'],
  },
  'group.reattack.verify': {
    description: 'Mutation `verifyVulnerabilitiesRequest`: closed ones become SAFE.',
    roles: REPORTERS,
    requires: ['is_continuous', 'can_report_vulnerabilities'],
  },
  'group.reattack.hold': {
    description: 'Mutation `requestVulnerabilitiesHold`: put requested re-attacks ON_HOLD behind an event.',
    roles: EVENT_HANDLERS,
    // As in the original (require_continuous, require_report_vulnerabilities): re-attacks exist only there.
    requires: ['is_continuous', 'can_report_vulnerabilities'],
  },
  // Zero risk
  'group.zero_risk.request': {
    description: 'Mutation `requestVulnerabilitiesZeroRisk`.',
    roles: ['admin', 'customer_manager', 'user', 'user_manager', 'vulnerability_manager'],
    requires: ['has_asm', 'can_request_zero_risk'],
  },
  'group.zero_risk.confirm': {
    description: 'Mutation `confirmVulnerabilitiesZeroRisk`.',
    roles: ZERO_RISK_REVIEWERS,
    requires: ACTIVE,
  },
  'group.zero_risk.reject': {
    description: 'Mutation `rejectVulnerabilitiesZeroRisk`.',
    roles: ZERO_RISK_REVIEWERS,
    requires: ACTIVE,
  },
  // Events
  'group.events.read': {
    description:
      'Queries `event(groupName, identifier)`, `events(groupName)`, field `group.events`, `event.affectedReattacks`, the event history.',
    roles: EVERYONE_BUT_FORCES,
  },
  'group.event.add': {
    description: 'Mutation `addEvent`.',
    roles: EVENT_HANDLERS,
    requires: ACTIVE,
  },
  'group.event.request_verification': {
    description: 'Mutation `requestEventVerification`: ask the testers to check that the blocker is gone.',
    roles: EVERYONE_BUT_FORCES,
    requires: ACTIVE,
  },
  'group.event.reject_solution': {
    description: 'Mutation `rejectEventSolution`.',
    roles: EVENT_HANDLERS,
    requires: ACTIVE,
  },
  'group.event.solve': {
    description: 'Mutation `solveEvent`.',
    roles: EVENT_HANDLERS,
    requires: ACTIVE,
  },
} as const satisfies Readonly<Record<`group.${string}`, GroupActionSpec>>;
