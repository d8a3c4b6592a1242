import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Item } from '../store/operations';

/** An item in DynamoDB JSON (`{"pk":{"S":"USER#..."}}`), the form of NoSQL Workbench's TableData. */
export type DynamoJsonItem = Readonly<Record<string, unknown>>;

export const toDynamoJson = (item: Item): DynamoJsonItem => marshall(item, { removeUndefinedValues: true });

export const fromDynamoJson = (row: DynamoJsonItem): Item => unmarshall(row as Record<string, AttributeValue>);
