import type { Root, RootState } from '@integrates/db-model';
import type { DomainContext } from '../context/context';

/** The group's roots, active and inactive, by nickname. */
export const groupRoots = async (context: DomainContext, groupName: string): Promise<readonly Root[]> =>
  [...(await context.loaders.groupRoots.load(groupName.toLowerCase()))].sort((a, b) => a.state.nickname.localeCompare(b.state.nickname));

/** A root's states over time, oldest first, ending with the current one. */
export const rootHistory = (context: DomainContext, root: Root): Promise<readonly RootState[]> => context.loaders.rootHistoricState.load(root);
