import type { Group } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import type { DomainContext } from '../context/context';

/** A group by name (any case), deleted ones included; a missing one looks the same as a forbidden one. */
export const loadGroup = async (context: DomainContext, groupName: string): Promise<Group> => {
  const name = groupName.trim().toLowerCase();
  // A name no group can have (letters and digits only) is not looked up: it names no group.
  const group = /^[a-z0-9]{1,64}$/.test(name) ? await context.loaders.group.load(name) : undefined;
  if (!group) throw new AccessDeniedError({ groupName });
  return group;
};

export const isActive = (group: Group): boolean => group.state.status === 'ACTIVE';
