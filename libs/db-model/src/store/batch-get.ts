import { getStore } from './store';
import { send } from './operations';
import { currentCallScope } from './store-calls';

export interface ItemKey {
  readonly pk: string;
  readonly sk: string;
}

/** DynamoDB's BatchGetItem limit. */
export const BATCH_GET_LIMIT = 100;
const MAX_UNPROCESSED_ROUNDS = 8;
const BASE_BACKOFF_MS = 25;

const keyId = (key: ItemKey): string => `${key.pk}\u0000${key.sk}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const chunk = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

const getChunk = async (keys: readonly ItemKey[]): Promise<Record<string, unknown>[]> => {
  const { transport, tableName } = getStore();
  const found: Record<string, unknown>[] = [];
  let pending: Record<string, unknown>[] = keys.map((key) => ({ pk: key.pk, sk: key.sk }));
  for (let round = 0; pending.length > 0; round += 1) {
    if (round > 0) {
      if (round > MAX_UNPROCESSED_ROUNDS) throw new Error(`BatchGetItem left ${pending.length} keys unprocessed`);
      await sleep(BASE_BACKOFF_MS * 2 ** (round - 1) * (0.5 + Math.random()));
    }
    const output = await send(() => transport.send('BatchGetItem', { RequestItems: { [tableName]: { Keys: pending } } }));
    const responses = output['Responses'] as Record<string, Record<string, unknown>[]> | undefined;
    const unprocessed = output['UnprocessedKeys'] as Record<string, { Keys?: Record<string, unknown>[] }> | undefined;
    found.push(...(responses?.[tableName] ?? []));
    pending = unprocessed?.[tableName]?.Keys ?? [];
  }
  return found;
};

type Found = ReadonlyMap<string, Record<string, unknown>>;

/** Reads by primary key: duplicates removed, at most 100 keys per BatchGetItem call, unprocessed keys retried. */
const fetchKeys = async (keys: readonly ItemKey[]): Promise<Found> => {
  const unique = [...new Map(keys.map((key) => [keyId(key), key])).values()];
  const chunks = await Promise.all(chunk(unique, BATCH_GET_LIMIT).map(getChunk));
  return new Map(chunks.flat().map((item) => [keyId(item as unknown as ItemKey), item]));
};

interface Gathering {
  readonly keys: ItemKey[];
  readonly result: Promise<Found>;
}

/** Reads asked for in one turn of the event loop, per counting scope (a request), not yet sent. */
const gathering = new Map<object, Gathering>();
const OUTSIDE_ANY_SCOPE = {};

/**
 * Reads raw items by primary key, answering in the order of `keys` (`undefined` where missing). Reads
 * asked for in the same turn by the same request (a group and the caller's access to it, dispatched
 * by different loaders) go out as one BatchGetItem: each dataloader batches only its own keys.
 */
export const batchGetRawItems = async (keys: readonly ItemKey[]): Promise<readonly (Record<string, unknown> | undefined)[]> => {
  const scope = currentCallScope() ?? OUTSIDE_ANY_SCOPE;
  let turn = gathering.get(scope);
  if (!turn) {
    const gathered: ItemKey[] = [];
    // Sent once the loaders dispatching in this turn have added their keys (they dispatch on nextTick).
    const result = new Promise<void>((resolve) => queueMicrotask(() => process.nextTick(resolve))).then(() => {
      gathering.delete(scope);
      return fetchKeys(gathered);
    });
    turn = { keys: gathered, result };
    gathering.set(scope, turn);
  }
  turn.keys.push(...keys);
  const found = await turn.result;
  return keys.map((key) => found.get(keyId(key)));
};
