import { ConcurrentModificationError, EntityNotFoundError } from '../model/errors';
import { batchGetRawItems } from '../store/batch-get';
import { ConditionFailed, updateItem } from '../store/operations';
import { findingFacet, findingKey } from './entity';
import type { Finding } from './types';

/** The counter stored inside `unreliable_indicators` that makes their replacement a compare-and-swap. */
const REVISION = 'revision';

const revisionOf = (finding: Finding): number | undefined => {
  const value = finding.unreliableIndicators?.[REVISION];
  return typeof value === 'number' ? value : undefined;
};

/**
 * Replaces the finding's stored indicators, on the condition that nobody replaced them since `current`
 * was read (a revision counter inside the map). A writer that reads the finding, then what the indicators
 * derive from, then writes with this condition can never leave values older than its own reads: if
 * another writer got in between, this one fails with ConcurrentModificationError and must re-read.
 */
export const updateFindingIndicators = async (current: Finding, indicators: object): Promise<Finding> => {
  const previous = revisionOf(current);
  const next: Finding = { ...current, unreliableIndicators: { ...indicators, [REVISION]: (previous ?? 0) + 1 } };
  const key = findingKey(current.id, current.groupName);
  const path = `unreliable_indicators.${REVISION}`;
  try {
    await updateItem({
      key,
      set: { unreliable_indicators: findingFacet.toItem(next)['unreliable_indicators'] },
      conditions: [{ path: 'pk', exists: true }, previous === undefined ? { path, exists: false } : { path, equals: previous }],
    });
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error;
    const [existing] = await batchGetRawItems([key]);
    if (!existing) throw new EntityNotFoundError(findingFacet.name, key.pk);
    throw new ConcurrentModificationError(findingFacet.name, key.pk);
  }
  return next;
};
