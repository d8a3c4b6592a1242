import { queryAllItems } from '../store/operations';
import { PRIMARY_KEY } from '../table/indexes';
import { stateFromRow, type HistoricFacet, type VersionedState } from './historic-facet';

/**
 * The committed states of one versioned map, oldest first, ending with `current`. Rows dated at or
 * after the current state are leftovers of interrupted writes (duplicates of it) and are skipped.
 */
export const readHistory = async <S extends VersionedState>(
  facet: HistoricFacet<S>,
  historyPk: string,
  current: S | undefined,
): Promise<readonly S[]> => {
  if (!current) return [];
  const rows = await queryAllItems(
    { partitionValue: historyPk, sortBeginsWith: `${facet.prefix}#`, consistent: true },
    { partitionKey: PRIMARY_KEY.partitionKey, sortKey: PRIMARY_KEY.sortKey },
  );
  const past = rows
    .map((row) => stateFromRow(facet, row))
    .filter((state) => state.modifiedDate < current.modifiedDate)
    .sort((a, b) => (a.modifiedDate < b.modifiedDate ? -1 : 1));
  return [...past, current];
};
