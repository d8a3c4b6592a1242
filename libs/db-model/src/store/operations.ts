import { isDeepStrictEqual } from 'node:util';
import { UnavailabilityError } from '@integrates/errors';
import { InvalidRecordError, UncertainWriteError } from '../model/errors';
import { getStore } from './store';
import { asStored, UNCERTAIN_WRITE } from './transport';
import type { ItemKey } from './batch-get';

export type Item = Record<string, unknown>;

/** The store refused a write because its condition did not hold. Callers turn it into their typed error. */
export class ConditionFailed extends Error {
  constructor() {
    super('The condition of a conditional write did not hold');
    this.name = 'ConditionFailed';
  }
}

/** Runs a conditional write: true when it was made, false when its condition did not hold. */
export const whenConditionHolds = async (write: () => Promise<void>): Promise<boolean> => {
  try {
    await write();
    return true;
  } catch (error) {
    if (error instanceof ConditionFailed) return false;
    throw error;
  }
};

const errorName = (error: unknown): string => (error as { name?: string } | null)?.name ?? '';

/**
 * Every store request goes through here, so that no SDK error type escapes db-model: a failed condition
 * becomes ConditionFailed, a malformed request InvalidRecordError, a condition that failed on a retry of
 * a write that may have been applied UncertainWriteError, and everything else (throttling and network
 * failures left after the transport's retries with backoff, timeouts, 5xx) UnavailabilityError.
 */
export const send = async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (error) {
    const name = errorName(error);
    if (name === 'ConditionalCheckFailedException') throw new ConditionFailed();
    if (name === UNCERTAIN_WRITE) throw new UncertainWriteError();
    if (name === 'ValidationException') {
      throw new InvalidRecordError(`The data store refused the request: ${(error as Error).message}`);
    }
    if (error instanceof ConditionFailed || error instanceof InvalidRecordError || error instanceof UncertainWriteError) throw error;
    throw new UnavailabilityError({ cause: name || String(error) });
  }
};

export type Condition =
  | { readonly path: string; readonly equals: unknown }
  | { readonly path: string; readonly exists: boolean };

interface Expression {
  readonly names: Record<string, string>;
  readonly values: Record<string, unknown>;
}

/** Builds `#a.#b` names for a dotted path, registering them in `expression`. */
const pathOf = (path: string, expression: Expression): string =>
  path
    .split('.')
    .map((segment) => {
      const existing = Object.entries(expression.names).find(([, name]) => name === segment)?.[0];
      if (existing) return existing;
      const placeholder = `#n${Object.keys(expression.names).length}`;
      expression.names[placeholder] = segment;
      return placeholder;
    })
    .join('.');

const valueOf = (value: unknown, expression: Expression): string => {
  const placeholder = `:v${Object.keys(expression.values).length}`;
  expression.values[placeholder] = value;
  return placeholder;
};

const conditionExpression = (conditions: readonly Condition[], expression: Expression): string | undefined =>
  conditions.length === 0
    ? undefined
    : conditions
        .map((condition) =>
          'equals' in condition
            ? `${pathOf(condition.path, expression)} = ${valueOf(condition.equals, expression)}`
            : `${condition.exists ? 'attribute_exists' : 'attribute_not_exists'}(${pathOf(condition.path, expression)})`,
        )
        .join(' AND ');

const withExpression = (expression: Expression) => ({
  ...(Object.keys(expression.names).length > 0 ? { ExpressionAttributeNames: expression.names } : {}),
  ...(Object.keys(expression.values).length > 0 ? { ExpressionAttributeValues: expression.values } : {}),
});

/** Whether the item stored under `item`'s key is exactly `item`. */
const storedAsWritten = async (item: Item): Promise<boolean> => {
  const { transport, tableName } = getStore();
  const output = await send(() => transport.send('GetItem', { TableName: tableName, Key: { pk: item['pk'], sk: item['sk'] }, ConsistentRead: true }));
  return isDeepStrictEqual(output['Item'], asStored(item));
};

/**
 * Writes the whole item, on `conditions`. When the store leaves the outcome uncertain (a retry found the
 * condition false after an attempt that may have been applied), the item is read back: if it is stored
 * exactly as this put wrote it, the put happened; otherwise UncertainWriteError stands.
 */
export const putItem = async (item: Item, conditions: readonly Condition[] = []): Promise<void> => {
  const { transport, tableName } = getStore();
  const expression: Expression = { names: {}, values: {} };
  const condition = conditionExpression(conditions, expression);
  try {
    await send(() =>
      transport.send('PutItem', {
        TableName: tableName,
        Item: item,
        ...(condition ? { ConditionExpression: condition } : {}),
        ...withExpression(expression),
      }),
    );
  } catch (error) {
    if (error instanceof UncertainWriteError && (await storedAsWritten(item))) return;
    throw error;
  }
};

export interface UpdateRequest {
  readonly key: ItemKey;
  /** Attribute paths (dotted for nested map entries) to set. */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Attribute paths to remove. */
  readonly remove?: readonly string[];
  readonly conditions?: readonly Condition[];
}

export const updateItem = async ({ key, set = {}, remove = [], conditions = [] }: UpdateRequest): Promise<void> => {
  const { transport, tableName } = getStore();
  const expression: Expression = { names: {}, values: {} };
  const sets = Object.entries(set)
    .filter(([, value]) => value !== undefined)
    .map(([path, value]) => `${pathOf(path, expression)} = ${valueOf(value, expression)}`);
  const removes = [...remove, ...Object.entries(set).filter(([, value]) => value === undefined).map(([path]) => path)].map(
    (path) => pathOf(path, expression),
  );
  const update = [sets.length > 0 ? `SET ${sets.join(', ')}` : '', removes.length > 0 ? `REMOVE ${removes.join(', ')}` : '']
    .filter(Boolean)
    .join(' ');
  if (!update) return;
  const condition = conditionExpression(conditions, expression);
  await send(() =>
    transport.send('UpdateItem', {
        TableName: tableName,
        Key: { pk: key.pk, sk: key.sk },
        UpdateExpression: update,
        ...(condition ? { ConditionExpression: condition } : {}),
        ...withExpression(expression),
      }),
  );
};

export const deleteItem = async (key: ItemKey, conditions: readonly Condition[] = []): Promise<void> => {
  const { transport, tableName } = getStore();
  const expression: Expression = { names: {}, values: {} };
  const condition = conditionExpression(conditions, expression);
  await send(() =>
    transport.send('DeleteItem', {
        TableName: tableName,
        Key: { pk: key.pk, sk: key.sk },
        ...(condition ? { ConditionExpression: condition } : {}),
        ...withExpression(expression),
      }),
  );
};

export interface IndexKeys {
  readonly partitionKey: string;
  readonly sortKey: string;
}

export interface QueryRequest {
  /** Unset means the table's primary key. */
  readonly index?: string;
  readonly partitionValue: string;
  readonly sortBeginsWith?: string;
  readonly limit?: number;
  readonly exclusiveStartKey?: Item;
  readonly forward?: boolean;
  readonly consistent?: boolean;
}

export interface QueryResult {
  readonly items: readonly Item[];
  readonly lastEvaluatedKey?: Item;
}

export const queryItems = async (request: QueryRequest, keys: IndexKeys): Promise<QueryResult> => {
  const { transport, tableName } = getStore();
  const input: Item = {
    TableName: tableName,
    ...(request.index ? { IndexName: request.index } : {}),
    KeyConditionExpression:
      request.sortBeginsWith !== undefined ? '#pk = :pk AND begins_with(#sk, :sk)' : '#pk = :pk',
    ExpressionAttributeNames: { '#pk': keys.partitionKey, ...(request.sortBeginsWith !== undefined ? { '#sk': keys.sortKey } : {}) },
    ExpressionAttributeValues: {
      ':pk': request.partitionValue,
      ...(request.sortBeginsWith !== undefined ? { ':sk': request.sortBeginsWith } : {}),
    },
    ...(request.limit !== undefined ? { Limit: request.limit } : {}),
    ...(request.exclusiveStartKey ? { ExclusiveStartKey: request.exclusiveStartKey } : {}),
    ...(request.forward === false ? { ScanIndexForward: false } : {}),
    ...(request.consistent && !request.index ? { ConsistentRead: true } : {}),
  };
  const output = await send(() => transport.send('Query', input));
  return {
    items: (output['Items'] ?? []) as Item[],
    ...(output['LastEvaluatedKey'] ? { lastEvaluatedKey: output['LastEvaluatedKey'] as Item } : {}),
  };
};

/** Every item of a query, following LastEvaluatedKey to the end. */
export const queryAllItems = async (request: QueryRequest, keys: IndexKeys): Promise<readonly Item[]> => {
  const items: Item[] = [];
  let start: Item | undefined = request.exclusiveStartKey;
  do {
    const page: QueryResult = await queryItems({ ...request, ...(start ? { exclusiveStartKey: start } : {}) }, keys);
    items.push(...page.items);
    start = page.lastEvaluatedKey;
  } while (start);
  return items;
};

/** DynamoDB's BatchWriteItem limit. */
export const BATCH_WRITE_LIMIT = 25;
const MAX_UNPROCESSED_ROUNDS = 10;
const BATCH_WRITE_CONCURRENCY = 16;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Item } };

const writeChunk = async (requests: readonly WriteRequest[]): Promise<void> => {
  const { transport, tableName } = getStore();
  let pending = [...requests];
  for (let round = 0; pending.length > 0; round += 1) {
    if (round > 0) {
      if (round > MAX_UNPROCESSED_ROUNDS) throw new UnavailabilityError({ unprocessed: pending.length });
      await sleep(25 * 2 ** (round - 1) * (0.5 + Math.random()));
    }
    const output = await send(() => transport.send('BatchWriteItem', { RequestItems: { [tableName]: pending } }));
    pending = ((output['UnprocessedItems'] as Record<string, WriteRequest[]> | undefined)?.[tableName] ?? []) as WriteRequest[];
  }
};

/**
 * Unconditional puts and deletes in batches of 25, at most 16 batches in flight, unprocessed items
 * retried with backoff. Used for creations of many items and for history rows, which are idempotent.
 */
export const batchWriteItems = async (puts: readonly Item[], deletes: readonly ItemKey[] = []): Promise<void> => {
  const requests: WriteRequest[] = [
    ...puts.map((item) => ({ PutRequest: { Item: item } })),
    ...deletes.map((key) => ({ DeleteRequest: { Key: { pk: key.pk, sk: key.sk } } })),
  ];
  const chunks = Array.from({ length: Math.ceil(requests.length / BATCH_WRITE_LIMIT) }, (_, i) =>
    requests.slice(i * BATCH_WRITE_LIMIT, (i + 1) * BATCH_WRITE_LIMIT),
  );
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const chunk = chunks[next];
      next += 1;
      if (chunk) await writeChunk(chunk);
    }
  };
  await Promise.all(Array.from({ length: Math.min(BATCH_WRITE_CONCURRENCY, chunks.length) }, worker));
};
