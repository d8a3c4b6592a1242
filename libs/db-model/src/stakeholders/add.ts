import { PutItemCommand } from 'dynamodb-toolbox';
import { StakeholderEntity } from './entity';
import { stakeholderToItem } from './mappers';
import type { Stakeholder } from './types';

/** Creates or replaces a stakeholder's metadata. */
export const putStakeholder = async (stakeholder: Stakeholder): Promise<void> => {
  await StakeholderEntity.build(PutItemCommand).item(stakeholderToItem(stakeholder)).send();
};
