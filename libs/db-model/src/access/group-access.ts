import { defineAccess } from './define-access';
import type { GroupAccess } from './types';

const access = defineAccess<GroupAccess, 'groupName'>({
  name: 'group_access',
  prefix: 'GROUP',
  parentField: 'groupName',
  parentAttribute: 'group_name',
  parentLabel: 'group name',
});

export const groupAccessKey = access.key;
export const addGroupAccess = access.add;
export const getGroupAccesses = (requests: readonly { readonly email: string; readonly groupName: string }[]) =>
  access.getMany(requests.map(({ email, groupName }) => ({ email, parent: groupName })));
export const getStakeholderGroupAccesses = access.byUser;
export const getGroupStakeholderAccesses = access.byParent;
export const updateGroupAccessState = access.updateState;
export const removeGroupAccess = access.remove;
export const getGroupAccessHistory = access.history;
