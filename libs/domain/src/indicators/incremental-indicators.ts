import {
  ConcurrentModificationError,
  getFindings,
  recomputedRevisionOf,
  UncertainWriteError,
  type Finding,
  type Vulnerability,
} from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { computeFindingIndicators } from './compute-finding-indicators';
import { refreshFindingIndicators, storedFindingIndicators, storeFindingIndicators } from './finding-indicators';
import type { FindingIndicators, TreatmentSummary, VerificationSummary } from './types';

/** One committed change of a vulnerability: the version it replaced and the one it wrote. */
export interface CommittedChange {
  readonly before: Vulnerability;
  readonly after: Vulnerability;
}

type Summaries = Pick<FindingIndicators, 'treatmentSummary' | 'verificationSummary'>;

const withoutSummaries = ({ treatmentSummary: _treatment, verificationSummary: _verification, ...rest }: FindingIndicators) => rest;

const sameExceptSummaries = (a: FindingIndicators, b: FindingIndicators): boolean =>
  JSON.stringify(withoutSummaries(a)) === JSON.stringify(withoutSummaries(b));

const moveTreatment = (base: TreatmentSummary, plus: TreatmentSummary, minus: TreatmentSummary): TreatmentSummary => ({
  untreated: base.untreated + plus.untreated - minus.untreated,
  inProgress: base.inProgress + plus.inProgress - minus.inProgress,
  accepted: base.accepted + plus.accepted - minus.accepted,
  acceptedUndefined: base.acceptedUndefined + plus.acceptedUndefined - minus.acceptedUndefined,
});

const moveVerification = (base: VerificationSummary, plus: VerificationSummary, minus: VerificationSummary): VerificationSummary => ({
  requested: base.requested + plus.requested - minus.requested,
  onHold: base.onHold + plus.onHold - minus.onHold,
  verified: base.verified + plus.verified - minus.verified,
});

/**
 * The finding's indicators with `changes` applied as a difference, when every change only moves a
 * vulnerability between treatment or verification counts (what treatment updates, re-attack requests
 * and holds do): each version's own contribution is computed by the same definition as a full
 * recomputation, and must be equal in everything else. Undefined when a change moves anything else
 * (state, severity, location, dates), which needs the full recomputation.
 */
export const indicatorsAfter = (stored: FindingIndicators, finding: Finding, changes: readonly CommittedChange[]): FindingIndicators | undefined => {
  let summaries: Summaries = { treatmentSummary: stored.treatmentSummary, verificationSummary: stored.verificationSummary };
  for (const { before, after } of changes) {
    if (before.id !== after.id || after.findingId !== finding.id) return undefined;
    const was = computeFindingIndicators([before], finding);
    const is = computeFindingIndicators([after], finding);
    if (!sameExceptSummaries(was, is)) return undefined;
    summaries = {
      treatmentSummary: moveTreatment(summaries.treatmentSummary, is.treatmentSummary, was.treatmentSummary),
      verificationSummary: moveVerification(summaries.verificationSummary, is.verificationSummary, was.verificationSummary),
    };
  }
  const counts = [...Object.values(summaries.treatmentSummary), ...Object.values(summaries.verificationSummary)];
  // Counts that would go negative mean the stored values were already off: recompute instead.
  return counts.every((count) => count >= 0) ? { ...stored, ...summaries } : undefined;
};

/** How many other differences may get in first before a writer falls back to the full recomputation. */
const DIFFERENCE_ATTEMPTS = 8;

/**
 * Brings a finding's stored indicators up to date after `changes`, without reading its vulnerabilities
 * when it can. `readBeforeWrites` must be the finding as read before any of the changes was committed:
 * its stored indicators then cannot include them, and the store's compare-and-swap on their revision
 * proves nobody replaced them since, so adding the difference counts each change exactly once. When
 * someone did, the finding is read again: if the revision of its last full recomputation is still the
 * one read before the writes, every write since only added its own difference, none of which can
 * include these changes, so the difference is added to the new values. A recomputation since (which
 * may already have counted the changes), or a change that is not a plain move between counts, falls
 * back to the full recomputation, which is right whatever happened before; so does a write of the
 * difference whose outcome the store left uncertain.
 */
export const applyIndicatorChanges = async (
  context: DomainContext,
  readBeforeWrites: Finding,
  changes: readonly CommittedChange[],
): Promise<FindingIndicators | undefined> => {
  const lineage = recomputedRevisionOf(readBeforeWrites);
  let base: Finding | undefined = readBeforeWrites;
  for (let attempt = 1; base && attempt <= DIFFERENCE_ATTEMPTS; attempt += 1) {
    const stored = storedFindingIndicators(base);
    const next = stored && changes.length > 0 ? indicatorsAfter(stored, base, changes) : undefined;
    if (!next) break;
    try {
      await storeFindingIndicators(context, base, next, 'difference');
      return next;
    } catch (error) {
      // An uncertain write may have added the difference already: only a recomputation is right then.
      if (error instanceof UncertainWriteError) break;
      if (!(error instanceof ConcurrentModificationError)) throw error;
    }
    if (lineage === undefined) break;
    const [current] = await getFindings([readBeforeWrites.id]);
    base = current && recomputedRevisionOf(current) === lineage ? current : undefined;
  }
  return refreshFindingIndicators(context, readBeforeWrites.id, changes.map(({ after }) => after));
};
