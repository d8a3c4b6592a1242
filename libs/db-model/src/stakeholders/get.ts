import { EntityFormatter } from 'dynamodb-toolbox';
import { batchGetRawItems } from '../store/batch-get';
import { StakeholderEntity, stakeholderKey } from './entity';
import { stakeholderFromItem } from './mappers';
import type { Stakeholder } from './types';

const formatter = StakeholderEntity.build(EntityFormatter);

/** Batch loader body: one BatchGetItem per 100 distinct emails. */
export const getStakeholders = async (emails: readonly string[]): Promise<readonly (Stakeholder | undefined)[]> => {
  const items = await batchGetRawItems(emails.map((email) => stakeholderKey(email.toLowerCase())));
  return items.map((item) => (item ? stakeholderFromItem(formatter.format(item)) : undefined));
};
