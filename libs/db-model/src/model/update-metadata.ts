import { EntityNotFoundError } from './errors';
import type { Facet } from './facet';
import { toSnake } from './codec';
import { INDEX_KEY_ATTRIBUTES } from '../table/indexes';
import { ConditionFailed, updateItem } from '../store/operations';
import type { ItemKey } from '../store/batch-get';

/**
 * A plain metadata update (no state change): SET what changed, REMOVE what became undefined, and keep
 * the index keys that derive from those attributes in step. The merged record is validated first.
 */
export const updateMetadata = async <R extends object>(request: {
  readonly facet: Facet<R>;
  readonly key: ItemKey;
  readonly current: R;
  readonly changes: Partial<R>;
}): Promise<R> => {
  const next = { ...request.current, ...request.changes } as R;
  const currentItem = request.facet.toItem(request.current);
  const nextItem = request.facet.toItem(next);
  const changed = [
    ...Object.keys(toSnake(Object.fromEntries(Object.keys(request.changes).map((name) => [name, true])))),
    ...INDEX_KEY_ATTRIBUTES.filter((name) => currentItem[name] !== nextItem[name]),
  ];
  const set = Object.fromEntries(changed.map((name) => [name, nextItem[name]]));
  try {
    await updateItem({ key: request.key, set, conditions: [{ path: 'pk', exists: true }] });
  } catch (error) {
    if (error instanceof ConditionFailed) throw new EntityNotFoundError(request.facet.name, request.key.pk);
    throw error;
  }
  return next;
};
