import type { Facet } from './facet';
import { batchGetRawItems, type ItemKey } from '../store/batch-get';
import { queryAllItems, queryItems, type Item } from '../store/operations';
import { INDEXES, PRIMARY_KEY } from '../table/indexes';

const indexKeys = (index: string | undefined) => {
  if (!index) return { partitionKey: PRIMARY_KEY.partitionKey, sortKey: PRIMARY_KEY.sortKey };
  const definition = INDEXES.find((candidate) => candidate.name === index);
  if (!definition) throw new Error(`Unknown index ${index}`);
  return { partitionKey: definition.partitionKey, sortKey: definition.sortKey };
};

export { indexKeys };

/** Records by full primary key, batched; `undefined` where missing. */
export const getByKeys = async <R>(facet: Facet<R>, keys: readonly ItemKey[]): Promise<readonly (R | undefined)[]> => {
  const items = await batchGetRawItems(keys);
  return items.map((item) => (item ? facet.fromItem(item) : undefined));
};

/** Every record of one partition of an index (or of the table), optionally under a sort-key prefix. */
export const queryAll = async <R>(
  facet: Facet<R>,
  request: { readonly index?: string; readonly partitionValue: string; readonly sortBeginsWith?: string },
): Promise<readonly R[]> => {
  const items = await queryAllItems(request, indexKeys(request.index));
  return items.filter((item) => item['_et'] === facet.name).map((item) => facet.fromItem(item));
};

/** The first item of a partition under a prefix: finds an entity whose sort key names a parent we do not know. */
export const queryFirst = async (partitionValue: string, sortBeginsWith: string): Promise<Item | undefined> => {
  const { items } = await queryItems({ partitionValue, sortBeginsWith, limit: 1, consistent: true }, indexKeys(undefined));
  return items[0];
};
