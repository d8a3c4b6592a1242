import { AlreadyExistsError } from './errors';
import type { Facet } from './facet';
import { ConditionFailed, putItem } from '../store/operations';

/**
 * Creation behind a uniqueness guard: the guard is taken first, or found already held by the same owner
 * (a crashed attempt being retried); then the metadata is written only if absent. A taken guard or an
 * existing entity writes nothing.
 */
export const addGuarded = async <G, R>(request: {
  readonly entity: string;
  readonly label: string;
  readonly guard: Facet<G>;
  readonly guardRecord: G;
  readonly ownerAttribute: string;
  readonly owner: string;
  readonly metadata: Facet<R>;
  readonly record: R;
}): Promise<void> => {
  const guardItem = request.guard.toItem(request.guardRecord);
  try {
    await putItem(guardItem, [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error;
    try {
      await putItem(guardItem, [{ path: request.ownerAttribute, equals: request.owner }]);
    } catch (retryError) {
      if (retryError instanceof ConditionFailed) throw new AlreadyExistsError(request.entity, request.label);
      throw retryError;
    }
  }
  try {
    await putItem(request.metadata.toItem(request.record), [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (error instanceof ConditionFailed) throw new AlreadyExistsError(request.entity, request.label);
    throw error;
  }
};
