import { commitVersioned } from '../history/commit-states';
import { readHistory } from '../history/read-history';
import { AlreadyExistsError } from '../model/errors';
import { getByKeys, queryAll } from '../model/lookups';
import { ConditionFailed, putItem } from '../store/operations';
import { rootFacet, rootHistoricState, rootKey } from './entity';
import type { Root, RootState } from './types';

export const addRoot = async (root: Root): Promise<void> => {
  try {
    await putItem(rootFacet.toItem(root), [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (error instanceof ConditionFailed) throw new AlreadyExistsError('root', rootKey(root.id, root.groupName).pk);
    throw error;
  }
};

export const getRoots = (keys: readonly { readonly id: string; readonly groupName: string }[]): Promise<readonly (Root | undefined)[]> =>
  getByKeys(rootFacet, keys.map(({ id, groupName }) => rootKey(id, groupName)));

export const getGroupRoots = (groupName: string): Promise<readonly Root[]> =>
  queryAll(rootFacet, { index: 'inverted_index', partitionValue: `GROUP#${groupName}`, sortBeginsWith: 'ROOT#' });

export const getOrganizationRoots = (organizationName: string): Promise<readonly Root[]> =>
  queryAll(rootFacet, { index: 'gsi_2', partitionValue: `ORG#${organizationName}`, sortBeginsWith: 'ROOT#' });

export const updateRootState = (current: Root, state: RootState): Promise<Root> =>
  commitVersioned({
    metadata: rootFacet,
    key: rootKey(current.id, current.groupName),
    current,
    historyPk: `ROOT#${current.id}`,
    attribute: 'state',
    facet: rootHistoricState,
    next: state,
  });

export const getRootHistoricState = (root: Root): Promise<readonly RootState[]> =>
  readHistory(rootHistoricState, `ROOT#${root.id}`, root.state);
