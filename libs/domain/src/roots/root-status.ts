import { nextModifiedDate, updateRootState, type Root } from '@integrates/db-model';

/** Moves a root to INACTIVE with the reason (and `other`, for the reason OTHER); returns the updated root. */
export const setRootInactive = (root: Root, change: { readonly reason: string; readonly other?: string | undefined; readonly by: string }): Promise<Root> => {
  const { reason: _reason, other: _other, ...rest } = root.state;
  return updateRootState(root, {
    ...rest,
    status: 'INACTIVE',
    reason: change.reason,
    ...(change.other ? { other: change.other } : {}),
    modifiedBy: change.by,
    modifiedDate: nextModifiedDate(root.state.modifiedDate),
  });
};

export const setRootActive = (root: Root, by: string): Promise<Root> => {
  const { reason: _reason, other: _other, ...rest } = root.state;
  return updateRootState(root, { ...rest, status: 'ACTIVE', modifiedBy: by, modifiedDate: nextModifiedDate(root.state.modifiedDate) });
};
