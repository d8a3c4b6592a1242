import { INDEX_KEY_ATTRIBUTES } from '../table/indexes';
import { ConcurrentModificationError, EntityNotFoundError, InvalidRecordError } from '../model/errors';
import type { Facet } from '../model/facet';
import { batchWriteItems, ConditionFailed, putItem, updateItem, type Condition, type Item } from '../store/operations';
import { batchGetRawItems, type ItemKey } from '../store/batch-get';
import { historicRow, type HistoricFacet, type VersionedState } from './historic-facet';

/** One versioned map of an entity moving from its current state to a new one. */
export interface StateTransition {
  /** The map attribute on the metadata item: `state`, `treatment`, `verification`, `zero_risk`, `policies`. */
  readonly attribute: string;
  readonly facet: HistoricFacet<VersionedState>;
  readonly historyPk: string;
  /** What the writer read; undefined when the entity has no such state yet. */
  readonly current: VersionedState | undefined;
  readonly next: VersionedState;
}

/** A typed transition of one map; the store-facing type forgets the state's shape. */
export const versionedChange = <S extends VersionedState>(
  facet: HistoricFacet<S>,
  historyPk: string,
  attribute: string,
  current: S | undefined,
  next: S,
): StateTransition => ({ attribute, facet: facet as unknown as HistoricFacet<VersionedState>, historyPk, current, next });

/**
 * The write protocol that keeps current state and history in agreement without multi-item transactions:
 *
 * 1. Write the history row of each state being replaced (`current`). That state is already committed and
 *    never changes, so the write is idempotent: racing writers and retries write the same row.
 * 2. Commit with one conditional update of the metadata item: the new maps and the index keys they
 *    derive, on the condition that every map still has the modified date the writer read.
 *
 * Every history row is therefore a committed state, and every committed state but the current one has a
 * row before anything replaces it. Readers show the rows dated before the current state, then the current
 * state. A crash before step 2 leaves only a row that duplicates the current state, which readers skip.
 * Of concurrent writers that read the same state, exactly one passes step 2; the others get
 * ConcurrentModificationError and have written nothing that readers show.
 */
export const commitStates = async <R>(request: {
  readonly metadata: Facet<R>;
  readonly key: ItemKey;
  readonly currentRecord: R;
  readonly nextRecord: R;
  readonly transitions: readonly StateTransition[];
  /**
   * Versioned maps that this write does not change but whose values it relied on (index keys derive
   * from several maps): the commit also requires them unchanged.
   */
  readonly unchanged?: readonly { readonly attribute: string; readonly current: VersionedState | undefined }[];
  /** Plain attributes to set in the same update (for example indicators derived from the new state). */
  readonly alsoSet?: Readonly<Record<string, unknown>>;
}): Promise<void> => {
  const { metadata, key, transitions } = request;
  for (const transition of transitions) {
    if (transition.current && transition.next.modifiedDate <= transition.current.modifiedDate) {
      throw new InvalidRecordError(`The new ${transition.attribute} must be dated after the current one`);
    }
  }
  const rows = transitions.flatMap((transition) =>
    transition.current ? [historicRow(transition.facet, transition.historyPk, transition.current)] : [],
  );
  const currentItem = metadata.toItem(request.currentRecord);
  const nextItem = metadata.toItem(request.nextRecord);
  const changedIndexKeys = INDEX_KEY_ATTRIBUTES.filter((name) => currentItem[name] !== nextItem[name]);
  const set: Record<string, unknown> = {
    ...Object.fromEntries(transitions.map((transition) => [transition.attribute, nextItem[transition.attribute]])),
    ...Object.fromEntries(changedIndexKeys.map((name) => [name, nextItem[name]])),
    ...request.alsoSet,
  };
  const conditions: Condition[] = [
    { path: 'pk', exists: true },
    ...[...transitions, ...(request.unchanged ?? [])].map((map): Condition =>
      map.current
        ? { path: `${map.attribute}.modified_date`, equals: map.current.modifiedDate }
        : { path: map.attribute, exists: false },
    ),
  ];

  if (rows.length === 1 && rows[0]) await putItem(rows[0]);
  else if (rows.length > 1) await batchWriteItems(rows);

  try {
    await updateItem({ key, set, conditions });
  } catch (error) {
    if (!(error instanceof ConditionFailed)) throw error;
    const [existing] = await batchGetRawItems([key]);
    if (!existing) throw new EntityNotFoundError(metadata.name, key.pk);
    throw new ConcurrentModificationError(metadata.name, key.pk);
  }
};

export type { Item };

/** The common case: one versioned map of one entity changes; returns the updated record. */
export const commitVersioned = async <R, S extends VersionedState>(request: {
  readonly metadata: Facet<R>;
  readonly key: ItemKey;
  readonly current: R;
  readonly attribute: keyof R & string;
  readonly storedAs?: string;
  readonly facet: HistoricFacet<S>;
  readonly historyPk: string;
  readonly next: S;
  readonly alsoSet?: Readonly<Record<string, unknown>>;
  readonly extra?: Partial<R>;
}): Promise<R> => {
  const nextRecord = { ...request.current, ...request.extra, [request.attribute]: request.next } as R;
  const previous = request.current[request.attribute] as unknown as S | undefined;
  await commitStates({
    metadata: request.metadata,
    key: request.key,
    currentRecord: request.current,
    nextRecord,
    transitions: [versionedChange(request.facet, request.historyPk, request.storedAs ?? request.attribute, previous, request.next)],
    ...(request.alsoSet ? { alsoSet: request.alsoSet } : {}),
  });
  return nextRecord;
};
