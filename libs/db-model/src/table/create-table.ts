import { CreateTableCommand, DescribeTableCommand, ResourceNotFoundException } from '@aws-sdk/client-dynamodb';
import { getStore } from '../store/store';
import { INDEXES, PRIMARY_KEY } from './indexes';

const keyAttributes = (): readonly string[] => [
  ...new Set([PRIMARY_KEY.partitionKey, PRIMARY_KEY.sortKey, ...INDEXES.flatMap((index) => [index.partitionKey, index.sortKey])]),
];

/** Creates the table and every index when the table is missing; returns whether it created it. */
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
