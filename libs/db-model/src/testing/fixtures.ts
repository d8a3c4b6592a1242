import { randomUUID } from 'node:crypto';
import type { Finding } from '../findings/types';
import type { Group } from '../groups/types';
import type { Organization } from '../organizations/types';
import type { Stakeholder } from '../stakeholders/types';
import type { Vulnerability } from '../vulnerabilities/types';

/** Valid records with sensible defaults, for tests. Override what the test is about. */
const DATE = '2026-01-01T00:00:00.000Z';
const BY = 'hacker@fluidattacks.com';

export const aStakeholder = (overrides: Partial<Stakeholder> = {}): Stakeholder => ({
  email: 'jdoe@example.com',
  firstName: 'Jane',
  lastName: 'Doe',
  role: 'user',
  enrolled: true,
  isRegistered: true,
  isConcurrentSession: false,
  legalRemember: false,
  ...overrides,
});

export const anOrganization = (overrides: Partial<Organization> = {}): Organization => ({
  id: randomUUID(),
  name: 'okada',
  country: 'Colombia',
  createdBy: BY,
  createdDate: DATE,
  state: { status: 'ACTIVE', modifiedBy: BY, modifiedDate: DATE },
  policies: { inactivityPeriod: 90, maxAcceptanceSeverity: 10, minAcceptanceSeverity: 0, modifiedBy: BY, modifiedDate: DATE },
  ...overrides,
});

export const aGroup = (overrides: Partial<Group> = {}): Group => ({
  name: 'unittesting',
  organizationId: 'org-id',
  organizationName: 'okada',
  description: 'A group for tests',
  language: 'EN',
  createdBy: BY,
  createdDate: DATE,
  state: {
    status: 'ACTIVE',
    type: 'CONTINUOUS',
    hasMachine: true,
    hasSquad: true,
    hasAsm: true,
    managed: 'MANAGED',
    tier: 'SQUAD',
    service: 'WHITE',
    modifiedBy: BY,
    modifiedDate: DATE,
  },
  ...overrides,
});

export const aFinding = (overrides: Partial<Finding> = {}): Finding => {
  const state = { status: 'CREATED' as const, source: 'ANALYST', modifiedBy: BY, modifiedDate: DATE };
  return {
    id: randomUUID(),
    groupName: 'unittesting',
    title: '001. SQL injection - C Sharp SQL API',
    description: 'The application builds SQL statements from user input.',
    threat: 'An anonymous attacker on the internet.',
    recommendation: 'Use parameterized queries.',
    attackVectorDescription: 'Send crafted input to the login form.',
    unfulfilledRequirements: ['169', '173'],
    hackerEmail: BY,
    severityScore: {
      cvssV3: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N',
      baseScore: 9.1,
      temporalScore: 9.1,
      cvssf: 861.078,
    },
    state,
    creation: state,
    ...overrides,
  };
};

export const aVulnerability = (overrides: Partial<Vulnerability> = {}): Vulnerability => {
  const id = overrides.id ?? randomUUID();
  return {
    id,
    findingId: 'finding-id',
    groupName: 'unittesting',
    organizationName: 'okada',
    hackerEmail: BY,
    createdBy: BY,
    createdDate: DATE,
    type: 'LINES',
    hash: `hash-${id}`,
    state: { status: 'VULNERABLE', source: 'ANALYST', where: 'src/app.ts', specific: '42', modifiedBy: BY, modifiedDate: DATE },
    treatment: { status: 'UNTREATED', modifiedBy: BY, modifiedDate: DATE },
    ...overrides,
  };
};
