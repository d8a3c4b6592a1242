import {
  ConcurrentModificationError,
  nextModifiedDate,
  UncertainWriteError,
  updateVulnerabilityStates,
  type Finding,
  type VersionedState,
  type Vulnerability,
  type VulnerabilityStateChanges,
} from '@integrates/db-model';
import { isIntegratesError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';
import { refreshFindingIndicators } from '../indicators/finding-indicators';
import { applyIndicatorChanges } from '../indicators/incremental-indicators';
import { NoVulnerabilitiesError, TooManyVulnerabilitiesError, VulnerabilityNotFoundError } from './errors';

/** The most vulnerabilities one mutation call may name. */
export const MAX_VULNERABILITIES_PER_CALL = 100;
/** Commits in flight at once within one call. */
const WORKERS = 16;
const ATTEMPTS = 3;

export interface FailedVulnerability {
  readonly id: string;
  readonly code: string;
  readonly message: string;
}

/** Each vulnerability is changed entirely or not at all; `failed` says which were not, and why. */
export interface BulkResult {
  readonly success: boolean;
  readonly updated: readonly Vulnerability[];
  readonly failed: readonly FailedVulnerability[];
}

/** What one step decides for one vulnerability (it throws an IntegratesError to refuse it). */
export interface VulnerabilityChange {
  readonly changes: VulnerabilityStateChanges;
  readonly indicators?: Readonly<Record<string, unknown>>;
}

export type Plan = (vulnerability: Vulnerability) => VulnerabilityChange | Promise<VulnerabilityChange>;

/** The ids a call names: at least one, at most the stated maximum, repeats ignored. */
export const requireIds = (field: string, ids: readonly string[], max: number = MAX_VULNERABILITIES_PER_CALL): readonly string[] => {
  const unique = [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))];
  if (unique.length === 0) throw new NoVulnerabilitiesError(field);
  if (unique.length > max) throw new TooManyVulnerabilitiesError(max, unique.length);
  return unique;
};

/** Who changes a versioned map and when: always after the value it replaces. */
export const stamp = (email: string, previous: VersionedState | undefined, now: number = Date.now()) => ({
  modifiedBy: email,
  modifiedDate: nextModifiedDate(previous?.modifiedDate, now),
});

/** A vulnerability of this finding (removed ones included; callers decide what their step allows). */
export const loadFindingVulnerability = async (context: DomainContext, finding: Finding, id: string): Promise<Vulnerability> => {
  const vulnerability = await context.loaders.vulnerability.load(id);
  if (!vulnerability || vulnerability.findingId !== finding.id || vulnerability.state.status === 'MASKED') {
    throw new VulnerabilityNotFoundError({ id });
  }
  return vulnerability;
};

/**
 * The version each commit of applyOne replaced, keyed by the committed version: the indicator refresh
 * turns them into differences without every mutation threading the pairs through its return values.
 */
const replacedVersions = new WeakMap<Vulnerability, Vulnerability>();

/**
 * Updates the finding's indicators after `written` were committed through applyOne: as a difference
 * from `readBeforeWrites` (the finding as read before them) when it can, else recomputed.
 */
export const refreshIndicatorsAfter = async (context: DomainContext, readBeforeWrites: Finding, written: readonly Vulnerability[]): Promise<void> => {
  const changes = written.flatMap((after) => {
    const before = replacedVersions.get(after);
    return before ? [{ before, after }] : [];
  });
  if (changes.length === written.length) await applyIndicatorChanges(context, readBeforeWrites, changes);
  else await refreshFindingIndicators(context, readBeforeWrites.id, written);
};

/**
 * Plans and commits one vulnerability's change; a concurrent writer makes it re-read and re-plan (the
 * plan's checks then see the other writer's result).
 */
export const applyOne = async (context: DomainContext, finding: Finding, id: string, plan: Plan): Promise<Vulnerability> => {
  for (let attempt = 1; ; attempt += 1) {
    const vulnerability = await loadFindingVulnerability(context, finding, id);
    const change = await plan(vulnerability);
    try {
      const next = await updateVulnerabilityStates(vulnerability, change.changes, change.indicators);
      replacedVersions.set(next, vulnerability);
      context.loaders.vulnerability.clear(id).prime(id, next);
      return next;
    } catch (error) {
      context.loaders.vulnerability.clear(id);
      if (!(error instanceof ConcurrentModificationError) || attempt >= ATTEMPTS) throw error;
    }
  }
};

/**
 * applyOne for a mutation of a single vulnerability: when the store leaves its write uncertain (it may
 * have been applied), the finding's indicators are recomputed before the error reaches the caller.
 */
export const applySingle = async (context: DomainContext, finding: Finding, id: string, plan: Plan): Promise<Vulnerability> => {
  try {
    return await applyOne(context, finding, id, plan);
  } catch (error) {
    if (error instanceof UncertainWriteError) await refreshFindingIndicators(context, finding.id);
    throw error;
  }
};

/**
 * Runs `change` for each id, all-or-nothing per vulnerability, then refreshes the finding's indicators
 * once. Expected refusals are reported per id; an unexpected error is rethrown after the indicators
 * reflect what did change.
 */
export const runBulk = async (
  context: DomainContext,
  finding: Finding,
  ids: readonly string[],
  change: (id: string) => Promise<Vulnerability>,
): Promise<BulkResult> => {
  const outcomes = await collect(
    ids.map((id) => () => change(id)),
    { workers: WORKERS, settle: true },
  );
  const updated = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  // A write the store left uncertain may have been applied: only a recomputation counts it right.
  if (outcomes.some((outcome) => outcome.status === 'rejected' && outcome.reason instanceof UncertainWriteError)) {
    await refreshFindingIndicators(context, finding.id, updated);
  } else if (updated.length > 0) {
    await refreshIndicatorsAfter(context, finding, updated);
  }
  context.loaders.findingVulnerabilities.clearAll();
  context.loaders.groupVulnerabilities.clearAll();
  const failed = outcomes.flatMap((outcome, index): FailedVulnerability[] => {
    if (outcome.status === 'fulfilled') return [];
    const reason: unknown = outcome.reason;
    if (!isIntegratesError(reason)) throw reason;
    return [{ id: ids[index] ?? '', code: reason.code, message: reason.message }];
  });
  return { success: failed.length === 0, updated, failed };
};

/** Applies `plan` to each named vulnerability of the finding (see runBulk). */
export const applyToVulnerabilities = (context: DomainContext, finding: Finding, ids: readonly string[], plan: Plan): Promise<BulkResult> =>
  runBulk(context, finding, ids, (id) => applyOne(context, finding, id, plan));

/** One audit record per bulk call: which vulnerabilities changed and which were refused. */
export const auditBulk = (action: string, findingId: string, result: BulkResult): void =>
  audit({
    action,
    object: `FIN#${findingId}`,
    outcome: 'allowed',
    details: { updated: result.updated.map((vulnerability) => vulnerability.id), failed: result.failed.map((failure) => failure.id) },
  });
