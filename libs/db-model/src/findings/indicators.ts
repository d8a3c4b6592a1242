import { swapUnderRevision } from '../model/revision-swap';
import { findingFacet, findingKey } from './entity';
import type { Finding } from './types';

/** The counter stored inside `unreliable_indicators` that makes their replacement a compare-and-swap. */
const REVISION = 'revision';
/**
 * The revision at which the indicators were last recomputed from every vulnerability, carried forward
 * by writes that only add a difference: while it is unchanged, no write since could have counted a
 * change that another writer is about to add as its own difference.
 */
const RECOMPUTED = 'recomputed';

/** How a write arrived at the indicators: from every vulnerability, or as a difference from the stored ones. */
export type IndicatorsWrite = 'recomputation' | 'difference';

const numberAt = (finding: Finding, name: string): number | undefined => {
  const value = finding.unreliableIndicators?.[name];
  return typeof value === 'number' ? value : undefined;
};

const revisionOf = (finding: Finding): number | undefined => numberAt(finding, REVISION);

/** The revision of the finding's last full recomputation of its indicators, if one is recorded. */
export const recomputedRevisionOf = (finding: Finding): number | undefined => numberAt(finding, RECOMPUTED);

/** The finding's stored indicators without the bookkeeping of their writes. */
export const storedIndicatorsOf = (finding: Finding): Readonly<Record<string, unknown>> | undefined => {
  if (!finding.unreliableIndicators) return undefined;
  const { [REVISION]: _revision, [RECOMPUTED]: _recomputed, ...indicators } = finding.unreliableIndicators;
  return indicators;
};

/**
 * Replaces the finding's stored indicators, on the condition that nobody replaced them since `current`
 * was read (a revision counter inside the map). A writer that reads the finding, then what the indicators
 * derive from, then writes with this condition can never leave values older than its own reads: if
 * another writer got in between, this one fails with ConcurrentModificationError and must re-read.
 * `write` says whether `indicators` were recomputed from everything they derive from, or are the stored
 * ones plus a difference (see RECOMPUTED).
 */
export const updateFindingIndicators = async (current: Finding, indicators: object, write: IndicatorsWrite = 'recomputation'): Promise<Finding> => {
  const previous = revisionOf(current);
  const revision = (previous ?? 0) + 1;
  const recomputed = write === 'recomputation' ? revision : recomputedRevisionOf(current);
  const next: Finding = {
    ...current,
    unreliableIndicators: { ...indicators, [REVISION]: revision, ...(recomputed === undefined ? {} : { [RECOMPUTED]: recomputed }) },
  };
  await swapUnderRevision({
    entity: findingFacet.name,
    key: findingKey(current.id, current.groupName),
    set: { unreliable_indicators: findingFacet.toItem(next)['unreliable_indicators'] },
    revisionPath: `unreliable_indicators.${REVISION}`,
    previous,
  });
  return next;
};
