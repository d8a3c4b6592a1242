import { ConcurrentModificationError, EntityNotFoundError } from './errors';
import { batchGetRawItems, type ItemKey } from '../store/batch-get';
import { updateItem, whenConditionHolds } from '../store/operations';

/**
 * Sets `set` on the item on the condition that the revision counter at `revisionPath` still holds
 * `previous` (absent when undefined), the value the writer read: a compare-and-swap for attributes
 * that are replaced whole from a read (a list, a map of derived values). ConcurrentModificationError
 * when another writer got in between, EntityNotFoundError when the item is gone.
 */
export const swapUnderRevision = async (request: {
  readonly entity: string;
  readonly key: ItemKey;
  readonly set: Readonly<Record<string, unknown>>;
  readonly revisionPath: string;
  readonly previous: number | undefined;
}): Promise<void> => {
  const { entity, key, set, revisionPath: path, previous } = request;
  const swapped = await whenConditionHolds(() =>
    updateItem({ key, set, conditions: [{ path: 'pk', exists: true }, previous === undefined ? { path, exists: false } : { path, equals: previous }] }),
  );
  if (swapped) return;
  const [existing] = await batchGetRawItems([key]);
  if (!existing) throw new EntityNotFoundError(entity, key.pk);
  throw new ConcurrentModificationError(entity, key.pk);
};
