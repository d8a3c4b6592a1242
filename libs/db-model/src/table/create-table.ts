import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { getStore } from '../store/store';
import { INDEXES, PRIMARY_KEY } from './indexes';

const keyAttributes = (): readonly string[] => [
  ...new Set([PRIMARY_KEY.partitionKey, PRIMARY_KEY.sortKey, ...INDEXES.flatMap((index) => [index.partitionKey, index.sortKey])]),
];

const ACTIVE_WAIT_MS = 60_000;

/**
 * A new table answers ResourceNotFoundException until it is ACTIVE (dynalite flips it on a timer even
 * with createTableMs 0), so creation waits for the table and its indexes to be ACTIVE.
 */
const waitUntilActive = async (): Promise<void> => {
  const { client, tableName } = getStore();
  const deadline = Date.now() + ACTIVE_WAIT_MS;
  for (let delay = 5; ; delay = Math.min(delay * 2, 1000)) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexes = Table?.GlobalSecondaryIndexes ?? [];
    if (Table?.TableStatus === 'ACTIVE' && indexes.every((index) => index.IndexStatus === 'ACTIVE')) return;
    if (Date.now() > deadline) throw new Error(`The table ${tableName} was not ACTIVE ${ACTIVE_WAIT_MS} ms after its creation`);
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
};

/** Creates the table and every index when the table is missing, and waits until they are ACTIVE; returns whether it created it. */
export const ensureTable = async (): Promise<boolean> => {
  const { client, tableName } = getStore();
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(
    new CreateTableCommand({
      TableName: tableName,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: keyAttributes().map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: PRIMARY_KEY.partitionKey, KeyType: 'HASH' },
        { AttributeName: PRIMARY_KEY.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: INDEXES.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  await waitUntilActive();
  return true;
};

/** True when the store answers for the table within `timeoutMs`. */
export const isStoreReady = async (timeoutMs = 1000): Promise<boolean> => {
  const { client, tableName } = getStore();
  try {
    const result = await client.send(new DescribeTableCommand({ TableName: tableName }), {
      abortSignal: AbortSignal.timeout(timeoutMs),
    });
    return result.Table?.TableStatus === 'ACTIVE';
  } catch {
    return false;
  }
};
