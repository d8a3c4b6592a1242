import type { Group } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import type { DomainContext } from '../context/context';

/** A group by name in any case; a missing one answers as a forbidden one does. */
export const loadGroupByName = async (context: DomainContext, groupName: string): Promise<Group> => {
  const group = await context.loaders.group.load(groupName.trim().toLowerCase());
  if (!group) throw new AccessDeniedError({ groupName });
  return group;
};
