import {
  findingId,
  firstVulnerabilityOf,
  groupName,
  groupOfFinding,
  kindOf,
  MANAGER,
  vulnerabilityId,
  type DatasetSize,
} from './dataset-records';
import { dataOf, jsonHeaders, persistedBody, postGraphQL } from './graphql-client';
import type { BenchTokens } from './sign-in';
import { uploadDocument, UPLOAD_SIZE, uploadBody } from './uploads';

export interface OperationContext {
  /** The API's GraphQL endpoint. */
  readonly endpoint: string;
  readonly tokens: BenchTokens;
  readonly size: DatasetSize;
  /** How many uploads operation 6 makes. */
  readonly uploads: number;
  readonly log: (line: string) => void;
}

/** How an operation is loaded once prepared. */
export interface OperationLoad {
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** A new body per request, or undefined when no target is left. */
  readonly nextBody?: () => string | undefined;
  readonly maxRequests?: number;
  /** Overrides the run's connections (uploads go one after the other). */
  readonly connections?: number;
  /** Items each request carries, to report items per second. */
  readonly itemsPerRequest?: number;
  /** Reads get a short unmeasured warm-up; mutations do not (it would use up targets). */
  readonly warmUp: boolean;
  /** What the request reads or writes, for the table. */
  readonly note: string;
}

export interface BenchOperation {
  readonly id: string;
  readonly title: string;
  /** Schema coordinates that must exist for the operation to run at all. */
  readonly requires: readonly string[];
  readonly documents: readonly string[];
  readonly prepare: (context: OperationContext) => Promise<OperationLoad>;
}

const PAGE_SIZE = 50;
const DEEP_PAGE = 50;

const ME = 'query BenchMe { me { userEmail userName role permissions } }';

const GROUP_OVERVIEW = `query BenchGroupOverview($groupName: String!) {
  group(groupName: $groupName) {
    name
    openVulnerabilities
    closedVulnerabilities
    openFindings
    findings { id title status severityScore openVulnerabilities closedVulnerabilities maxOpenSeverityScore totalOpenCVSSF lastVulnerability }
  }
}`;

// Four fields a node: with a fifth, `first: 100` costs 5,084 points, past the API's default limit of 5,000.
const FINDING_VULNERABILITIES = `query BenchFindingVulnerabilities($identifier: String!) {
  finding(identifier: $identifier) {
    id
    vulnerabilitiesConnection(first: 100, state: VULNERABLE) {
      edges { node { id where specific state } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const GROUP_VULNERABILITIES = `query BenchGroupVulnerabilities($groupName: String!, $after: String) {
  group(groupName: $groupName) {
    vulnerabilities(first: ${PAGE_SIZE}, after: $after) {
      edges { node { id where specific state } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

const UPDATE_TREATMENT = `mutation BenchUpdateTreatment($findingId: String!, $vulnerabilityId: String!, $assigned: String) {
  updateVulnerabilitiesTreatment(
    findingId: $findingId
    vulnerabilityId: $vulnerabilityId
    treatment: IN_PROGRESS
    justification: "The benchmark schedules it for the next sprint"
    assigned: $assigned
  ) { success }
}`;

const bearer = (token: string) => jsonHeaders(token);

/** The finding in the middle of the first group: representative size, away from the edges. */
const middleFinding = (size: DatasetSize): number => {
  const inFirstGroup = Array.from({ length: size.findings }, (_, finding) => finding).filter((finding) => groupOfFinding(size, finding) === 0);
  return inFirstGroup[Math.floor(inFirstGroup.length / 2)] ?? 0;
};

/**
 * The untreated, released vulnerabilities, round-robin over the findings (so that concurrent updates
 * do not all recompute one finding's indicators), each given once.
 */
export const treatmentTargets = (size: DatasetSize): (() => { readonly finding: number; readonly vulnerability: number } | undefined) => {
  const next = Array.from({ length: size.findings }, (_, finding) => firstVulnerabilityOf(size, finding));
  const end = (finding: number): number => (finding + 1 < size.findings ? firstVulnerabilityOf(size, finding + 1) : size.vulnerabilities);
  let finding = 0;
  let emptyInARow = 0;
  return () => {
    // Each turn looks at most at every finding once: bounded, and ends when none has a target left.
    while (emptyInARow < size.findings) {
      const current = finding;
      finding = (finding + 1) % size.findings;
      let candidate = next[current] ?? 0;
      while (candidate < end(current) && kindOf(candidate) !== 'untreated') candidate += 1;
      next[current] = candidate + 1;
      if (candidate < end(current)) {
        emptyInARow = 0;
        return { finding: current, vulnerability: candidate };
      }
      emptyInARow += 1;
    }
    return undefined;
  };
};

export const countTreatmentTargets = (size: DatasetSize): number => {
  let count = 0;
  for (let vulnerability = 0; vulnerability < size.vulnerabilities; vulnerability += 1) if (kindOf(vulnerability) === 'untreated') count += 1;
  return count;
};

export const OPERATIONS: readonly BenchOperation[] = [
  {
    id: 'me',
    title: '1. me',
    requires: ['Query.me'],
    documents: [ME],
    prepare: async ({ tokens }) => ({ headers: bearer(tokens.manager), body: persistedBody(ME), warmUp: true, note: 'signed in with an API token' }),
  },
  {
    id: 'group-overview',
    title: '2. group overview',
    requires: ['Query.group', 'Group.findings', 'Finding.openVulnerabilities'],
    documents: [GROUP_OVERVIEW],
    prepare: async ({ tokens, size }) => ({
      headers: bearer(tokens.manager),
      body: persistedBody(GROUP_OVERVIEW, { groupName: groupName(0) }),
      warmUp: true,
      note: `${Math.ceil(size.findings / size.groups)} findings with their indicators`,
    }),
  },
  {
    id: 'finding-vulnerabilities',
    title: '3. finding vulnerabilities',
    requires: ['Query.finding', 'Finding.vulnerabilitiesConnection'],
    documents: [FINDING_VULNERABILITIES],
    prepare: async ({ tokens, size }) => ({
      headers: bearer(tokens.manager),
      body: persistedBody(FINDING_VULNERABILITIES, { identifier: findingId(middleFinding(size)) }),
      warmUp: true,
      note: `first 100 VULNERABLE of a finding of ${Math.round(size.vulnerabilities / size.findings)}`,
    }),
  },
  {
    id: 'group-vulnerabilities-deep',
    title: '4. group vulnerabilities, deep page',
    requires: ['Query.group', 'Group.vulnerabilities'],
    documents: [GROUP_VULNERABILITIES],
    prepare: async ({ endpoint, tokens, log }) => {
      // Follow the cursors as a client paging through would, at most DEEP_PAGE pages.
      let after: string | undefined;
      let page = 1;
      for (; page < DEEP_PAGE; page += 1) {
        const answer = await postGraphQL(endpoint, persistedBody(GROUP_VULNERABILITIES, { groupName: groupName(0), after }), tokens.manager);
        const { group } = dataOf<{ group: { vulnerabilities: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } } }>(answer, 'paging');
        const { hasNextPage, endCursor } = group.vulnerabilities.pageInfo;
        if (!hasNextPage || !endCursor) break;
        after = endCursor;
      }
      log(`  paged to page ${page}, ${PAGE_SIZE} a page (${(page - 1) * PAGE_SIZE} vulnerabilities in)`);
      return {
        headers: bearer(tokens.manager),
        body: persistedBody(GROUP_VULNERABILITIES, { groupName: groupName(0), ...(after ? { after } : {}) }),
        warmUp: true,
        note: `page ${page}, ${PAGE_SIZE} a page, reached by cursor`,
      };
    },
  },
  {
    id: 'update-treatment',
    title: '5. treatment update',
    requires: ['Mutation.updateVulnerabilitiesTreatment'],
    documents: [UPDATE_TREATMENT],
    prepare: async ({ tokens, size }) => {
      const targets = treatmentTargets(size);
      return {
        headers: bearer(tokens.manager),
        nextBody: () => {
          const target = targets();
          return target
            ? persistedBody(UPDATE_TREATMENT, { findingId: findingId(target.finding), vulnerabilityId: vulnerabilityId(target.vulnerability), assigned: MANAGER })
            : undefined;
        },
        maxRequests: countTreatmentTargets(size),
        warmUp: false,
        note: 'UNTREATED to IN_PROGRESS, a distinct vulnerability per request',
      };
    },
  },
  {
    id: 'upload',
    title: `6. upload of ${UPLOAD_SIZE.toLocaleString('en-US')} vulnerabilities`,
    requires: ['Mutation.addVulnerabilities'],
    documents: [uploadDocument],
    prepare: async ({ tokens, size, uploads }) => {
      let upload = 0;
      const findings = size.findings;
      return {
        headers: bearer(tokens.hacker),
        nextBody: () => {
          const body = uploadBody(findingId(upload % findings), `upload${upload}`, UPLOAD_SIZE);
          upload += 1;
          return body;
        },
        connections: 1,
        maxRequests: uploads,
        itemsPerRequest: UPLOAD_SIZE,
        warmUp: false,
        note: 'one after the other, each into another finding',
      };
    },
  },
];
