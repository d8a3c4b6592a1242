import { AlreadyExistsError } from '../model/errors';
import { ConditionFailed, putItem } from '../store/operations';
import { stakeholderFacet, stakeholderKey } from './entity';
import type { Stakeholder } from './types';

/** Creates or replaces a stakeholder's metadata (the original's unconditional upsert). */
export const putStakeholder = async (stakeholder: Stakeholder): Promise<void> => {
  await putItem(stakeholderFacet.toItem(stakeholder));
};

/** Creates a stakeholder; a second add of the same email fails and writes nothing. */
export const addStakeholder = async (stakeholder: Stakeholder): Promise<void> => {
  try {
    await putItem(stakeholderFacet.toItem(stakeholder), [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (error instanceof ConditionFailed) throw new AlreadyExistsError('stakeholder', stakeholderKey(stakeholder.email).pk);
    throw error;
  }
};
