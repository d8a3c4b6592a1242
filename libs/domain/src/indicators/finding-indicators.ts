import {
  ConcurrentModificationError,
  getAllFindingVulnerabilities,
  getFindings,
  storedIndicatorsOf,
  updateFindingIndicators,
  type Finding,
  type IndicatorsWrite,
  type Vulnerability,
} from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { computeFindingIndicators } from './compute-finding-indicators';
import type { FindingIndicators } from './types';

const MAX_ATTEMPTS = 8;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> => typeof value === 'object' && value !== null;

/** The indicators stored on the finding, or undefined when they were never computed. */
export const storedFindingIndicators = (finding: Finding): FindingIndicators | undefined => {
  const stored = storedIndicatorsOf(finding);
  if (!stored || typeof stored['status'] !== 'string' || !isRecord(stored['remediation']) || !isRecord(stored['treatmentSummary'])) {
    return undefined;
  }
  return stored as unknown as FindingIndicators;
};

/** The finding's indicators: the stored ones, else computed from its vulnerabilities (records that predate them). */
export const findingIndicators = async (context: DomainContext, finding: Finding): Promise<FindingIndicators> =>
  storedFindingIndicators(finding) ?? computeFindingIndicators(await context.loaders.findingVulnerabilitiesAll.load(finding.id), finding);

/**
 * Replaces the finding's indicators with the compare-and-swap on their revision (ConcurrentModificationError
 * when `finding` is no longer the stored version), and drops what the request cached of the old ones.
 */
export const storeFindingIndicators = async (
  context: DomainContext,
  finding: Finding,
  indicators: FindingIndicators,
  write: IndicatorsWrite = 'recomputation',
): Promise<Finding> => {
  const updated = await updateFindingIndicators(finding, indicators, write);
  context.loaders.finding.clear(updated.id).prime(updated.id, updated);
  context.loaders.findingVulnerabilitiesAll.clear(updated.id);
  context.loaders.groupFindings.clear(updated.groupName);
  return updated;
};

/** The newest of two versions of one vulnerability: the one whose maps changed last. */
const newest = (a: Vulnerability, b: Vulnerability): Vulnerability => {
  const stamp = (v: Vulnerability) =>
    [v.state.modifiedDate, v.treatment?.modifiedDate ?? '', v.verification?.modifiedDate ?? '', v.zeroRisk?.modifiedDate ?? ''].sort().at(-1) ?? '';
  return stamp(b) > stamp(a) ? b : a;
};

/** What a caller already read, in this order: the finding, then every vulnerability of it. */
export interface KnownFindingState {
  readonly finding: Finding;
  readonly vulnerabilities: readonly Vulnerability[];
}

const merged = (read: readonly Vulnerability[], written: readonly Vulnerability[]): readonly Vulnerability[] => {
  const byId = new Map(read.map((vulnerability) => [vulnerability.id, vulnerability]));
  for (const vulnerability of written) {
    const known = byId.get(vulnerability.id);
    byId.set(vulnerability.id, known ? newest(known, vulnerability) : vulnerability);
  }
  return [...byId.values()];
};

/**
 * Recomputes and stores a finding's indicators after a mutation. It reads the finding, then its
 * vulnerabilities (merging in `written`, the versions this request just committed, in case the index
 * lags), and replaces the indicators on the condition that nobody else did since: a concurrent refresh
 * makes it start again, so the last one stored always saw every committed change. A caller that read
 * the finding and then all its vulnerabilities may pass them as `known` to save the reads; the same
 * condition makes that safe.
 */
export const refreshFindingIndicators = async (
  context: DomainContext,
  findingId: string,
  written: readonly Vulnerability[] = [],
  known?: KnownFindingState,
): Promise<FindingIndicators | undefined> => {
  for (let attempt = 1; ; attempt += 1) {
    const reuse = attempt === 1 ? known : undefined;
    const finding = reuse?.finding ?? (await getFindings([findingId]))[0];
    if (!finding) return undefined;
    const read = reuse?.vulnerabilities ?? (await getAllFindingVulnerabilities(findingId));
    const indicators = computeFindingIndicators(merged(read, written), finding);
    try {
      await storeFindingIndicators(context, finding, indicators);
      return indicators;
    } catch (error) {
      if (!(error instanceof ConcurrentModificationError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
};
