import { getByKeys, queryAll } from '../model/lookups';
import { stakeholderFacet, stakeholderKey } from './entity';
import type { Stakeholder } from './types';

/** Batch loader body: one BatchGetItem per 100 distinct emails. */
export const getStakeholders = (emails: readonly string[]): Promise<readonly (Stakeholder | undefined)[]> =>
  getByKeys(stakeholderFacet, emails.map(stakeholderKey));

/** Every stakeholder of the platform (gsi_2 `USER#all`). */
export const getAllStakeholders = (): Promise<readonly Stakeholder[]> =>
  queryAll(stakeholderFacet, { index: 'gsi_2', partitionValue: 'USER#all' });
