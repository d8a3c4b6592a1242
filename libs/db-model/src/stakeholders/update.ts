import { deleteItem } from '../store/operations';
import { updateMetadata } from '../model/update-metadata';
import { stakeholderFacet, stakeholderKey } from './entity';
import type { Stakeholder } from './types';

/** Plain metadata changes (names, flags, tokens, session): SET what changed, REMOVE what became undefined. */
export const updateStakeholder = (
  current: Stakeholder,
  changes: Partial<Omit<Stakeholder, 'email'>>,
): Promise<Stakeholder> =>
  updateMetadata<Stakeholder>({ facet: stakeholderFacet, key: stakeholderKey(current.email), current, changes });

export const removeStakeholder = async (email: string): Promise<void> => {
  await deleteItem(stakeholderKey(email));
};
