import { locationHash } from '@integrates/domain';
import type { Finding, Group, Organization, Vulnerability, VulnerabilityState, VulnerabilityTreatment } from '@integrates/db-model';
import { cvssf, score } from '@integrates/severity';

/**
 * The benchmark's data set as plain records, a pure function of its size: ids are derived from
 * indexes, so that a run can name any vulnerability (the treatment updates, the deep page) without
 * keeping a million ids in memory.
 */
export interface DatasetSize {
  readonly groups: number;
  readonly findings: number;
  readonly vulnerabilities: number;
}

export const HACKER = 'hacker@bench.example.com';
export const MANAGER = 'manager@bench.example.com';
export const ORGANIZATION_NAME = 'benchorg';
const BASE_TIME = Date.parse('2025-01-01T00:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

const iso = (ms: number): string => new Date(ms).toISOString();
const uuidFrom = (prefix: string, index: number): string => `${prefix}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;

export const organizationId = uuidFrom('0a000000', 0);
export const groupName = (group: number): string => `benchgroup${group}`;
export const findingId = (finding: number): string => uuidFrom('0f000000', finding);
export const vulnerabilityId = (vulnerability: number): string => uuidFrom('0b000000', vulnerability);

/** Findings are spread evenly over the groups, vulnerabilities evenly over the findings, each in contiguous ranges. */
export const firstFindingOf = (size: DatasetSize, group: number): number => Math.floor((group * size.findings) / size.groups);
export const firstVulnerabilityOf = (size: DatasetSize, finding: number): number => Math.floor((finding * size.vulnerabilities) / size.findings);
export const groupOfFinding = (size: DatasetSize, finding: number): number => Math.floor(((finding + 1) * size.groups - 1) / size.findings);

/** Where each vulnerability stands, by its index: the mix a continuous-hacking group has. */
export type VulnerabilityKind = 'submitted' | 'safe' | 'in-progress' | 'untreated';
export const kindOf = (vulnerability: number): VulnerabilityKind => {
  const slot = vulnerability % 10;
  if (slot === 0) return 'submitted';
  if (slot <= 2) return 'safe';
  if (slot <= 4) return 'in-progress';
  return 'untreated';
};

export const organizationRecord = (): Organization => ({
  id: organizationId,
  name: ORGANIZATION_NAME,
  country: 'Colombia',
  createdBy: HACKER,
  createdDate: iso(BASE_TIME),
  state: { status: 'ACTIVE', modifiedBy: HACKER, modifiedDate: iso(BASE_TIME) },
  policies: { inactivityPeriod: 90, maxAcceptanceSeverity: 10, minAcceptanceSeverity: 0, modifiedBy: HACKER, modifiedDate: iso(BASE_TIME) },
});

export const groupRecord = (group: number): Group => ({
  name: groupName(group),
  organizationId,
  organizationName: ORGANIZATION_NAME,
  description: `Benchmark group ${group}`,
  language: 'EN',
  createdBy: HACKER,
  createdDate: iso(BASE_TIME),
  state: {
    status: 'ACTIVE',
    type: 'CONTINUOUS',
    hasMachine: true,
    hasSquad: true,
    hasAsm: true,
    managed: 'MANAGED',
    tier: 'SQUAD',
    service: 'WHITE',
    modifiedBy: HACKER,
    modifiedDate: iso(BASE_TIME),
  },
});

const VECTORS = [
  'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N/E:P/RL:O/RC:C',
  'CVSS:3.1/AV:N/AC:H/PR:L/UI:N/S:U/C:L/I:L/A:N/E:U/RL:O/RC:C',
  'CVSS:3.1/AV:L/AC:L/PR:L/UI:R/S:U/C:L/I:N/A:N/E:P/RL:T/RC:R',
] as const;

const severityOf = (finding: number): Finding['severityScore'] => {
  const result = score(VECTORS[finding % VECTORS.length] ?? VECTORS[0]);
  if (result.version !== '3.1') throw new Error('the benchmark vectors are CVSS 3.1');
  return { cvssV3: result.vector, baseScore: result.base, temporalScore: result.temporal, cvssf: cvssf(result.temporal) };
};

/** A type of weakness as `NNN. Title`, with the requirements it breaks. */
export interface WeaknessType {
  readonly title: string;
  readonly requirements: readonly string[];
}

export const findingRecord = (size: DatasetSize, finding: number, types: readonly WeaknessType[]): Finding => {
  const group = groupOfFinding(size, finding);
  // Within a group each finding has its own type, as the platform requires, while the catalogue lasts.
  const type = types[(finding - firstFindingOf(size, group)) % types.length];
  if (!type) throw new Error('the benchmark needs at least one weakness type');
  const created = { status: 'CREATED' as const, source: 'ANALYST', modifiedBy: HACKER, modifiedDate: iso(BASE_TIME + finding) };
  return {
    id: findingId(finding),
    groupName: groupName(group),
    title: type.title,
    description: `Benchmark finding ${finding}: user input reaches a query without validation.`,
    threat: 'An authenticated attacker on the internet.',
    recommendation: 'Validate and encode every input.',
    attackVectorDescription: 'Send crafted input to the affected fields.',
    unfulfilledRequirements: type.requirements,
    hackerEmail: HACKER,
    severityScore: severityOf(finding),
    state: created,
    creation: created,
  };
};

/** The location of a vulnerability in its finding: unique per finding, as uploads require. */
export const locationOf = (vulnerability: number): { readonly where: string; readonly specific: string } => ({
  where: `src/module${vulnerability % 97}/file${Math.floor(vulnerability / 97) % 211}.ts`,
  specific: String(vulnerability + 1),
});

/** A vulnerability with its current states, and the past states its history rows hold (oldest first). */
export interface VulnerabilityWithHistory {
  readonly record: Vulnerability;
  readonly pastStates: readonly VulnerabilityState[];
  readonly pastTreatments: readonly VulnerabilityTreatment[];
}

export const vulnerabilityRecord = (size: DatasetSize, finding: number, vulnerability: number): VulnerabilityWithHistory => {
  const kind = kindOf(vulnerability);
  const group = groupOfFinding(size, finding);
  const reported = BASE_TIME + DAY + vulnerability * 1000;
  const { where, specific } = locationOf(vulnerability);
  const state = (status: VulnerabilityState['status'], at: number): VulnerabilityState => ({
    status,
    source: 'ANALYST',
    where,
    specific,
    modifiedBy: HACKER,
    modifiedDate: iso(at),
  });
  const treatment = (status: VulnerabilityTreatment['status'], at: number, by: string): VulnerabilityTreatment => ({
    status,
    modifiedBy: by,
    modifiedDate: iso(at),
    ...(status === 'IN_PROGRESS' ? { justification: 'Scheduled for the next sprint', assigned: MANAGER } : {}),
  });
  const record = {
    id: vulnerabilityId(vulnerability),
    findingId: findingId(finding),
    groupName: groupName(group),
    organizationName: ORGANIZATION_NAME,
    hackerEmail: HACKER,
    createdBy: HACKER,
    createdDate: iso(reported),
    type: 'LINES' as const,
    hash: locationHash({ type: 'LINES', where, specific }),
  };
  const indicators = (treatmentChanges: number, closingDate?: string) => ({
    unreliableIndicators: {
      treatmentChanges,
      reattackCycles: 0,
      efficacy: 0,
      closedByReattack: 0,
      reattacksVerified: 0,
      ...(kind === 'submitted' ? {} : { reportDate: iso(reported + DAY) }),
      ...(closingDate ? { closingDate } : {}),
    },
  });
  const submitted = state('SUBMITTED', reported);
  const confirmed = state('VULNERABLE', reported + DAY);
  const untreated = treatment('UNTREATED', reported, HACKER);
  switch (kind) {
    case 'submitted':
      return { record: { ...record, state: submitted, treatment: untreated, ...indicators(0) }, pastStates: [], pastTreatments: [] };
    case 'untreated':
      return { record: { ...record, state: confirmed, treatment: untreated, ...indicators(0) }, pastStates: [submitted], pastTreatments: [] };
    case 'in-progress':
      return {
        record: { ...record, state: confirmed, treatment: treatment('IN_PROGRESS', reported + 2 * DAY, MANAGER), ...indicators(1) },
        pastStates: [submitted],
        pastTreatments: [untreated],
      };
    case 'safe':
      return {
        record: { ...record, state: state('SAFE', reported + 10 * DAY), treatment: untreated, ...indicators(0, iso(reported + 10 * DAY)) },
        pastStates: [submitted, confirmed],
        pastTreatments: [],
      };
  }
};
