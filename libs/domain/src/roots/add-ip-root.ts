import { randomUUID } from 'node:crypto';
import { addRoot, getGroupRoots, isoNow, type Root } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadGroup } from '../groups/load-group';
import { validateIpAddress } from './root-locations';
import { checkLocationUnique, checkNicknameUnique, clearRootLoaders, validateNickname } from './root-rules';

/** Adds an IP address (v4 or v6) to the group's scope; returns the new root's id. */
export const addIpRoot = async (context: DomainContext, input: { readonly groupName: string; readonly address: string; readonly nickname: string }): Promise<string> => {
  const viewer = requireViewer(context);
  const address = validateIpAddress(input.address);
  const nickname = validateNickname(input.nickname);
  const group = await loadGroup(context, input.groupName);
  await checkLocationUnique(group, { address }, { includeInactive: true });
  checkNicknameUnique(nickname, await getGroupRoots(group.name));
  const now = isoNow();
  const root: Root = {
    id: randomUUID(),
    groupName: group.name,
    organizationName: group.organizationName,
    type: 'IP',
    createdBy: viewer.email,
    createdDate: now,
    state: { status: 'ACTIVE', nickname, address, modifiedBy: viewer.email, modifiedDate: now },
  };
  await addRoot(root);
  clearRootLoaders(context, root);
  audit({ action: 'root.add', object: `ROOT#${root.id}`, outcome: 'allowed', details: { group: group.name, type: 'IP', nickname } });
  return root.id;
};
