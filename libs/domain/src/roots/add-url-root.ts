import { randomUUID } from 'node:crypto';
import { addRoot, getGroupRoots, isoNow, type Root } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { checkSanitizedCsv } from '../groups/field-validations';
import { loadGroup } from '../groups/load-group';
import { parseUrlRoot } from './root-locations';
import { checkLocationUnique, checkNicknameUnique, clearRootLoaders, validateNickname } from './root-rules';

/** Adds a web address (http or https) to the group's scope; returns the new root's id. */
export const addUrlRoot = async (context: DomainContext, input: { readonly groupName: string; readonly url: string; readonly nickname: string }): Promise<string> => {
  const viewer = requireViewer(context);
  checkSanitizedCsv('url', input.url);
  const location = parseUrlRoot(input.url);
  const nickname = validateNickname(input.nickname);
  const group = await loadGroup(context, input.groupName);
  checkNicknameUnique(nickname, await getGroupRoots(group.name));
  await checkLocationUnique(group, { url: location }, { includeInactive: true });
  const now = isoNow();
  const root: Root = {
    id: randomUUID(),
    groupName: group.name,
    organizationName: group.organizationName,
    type: 'URL',
    createdBy: viewer.email,
    createdDate: now,
    state: { status: 'ACTIVE', nickname, ...location, modifiedBy: viewer.email, modifiedDate: now },
  };
  await addRoot(root);
  clearRootLoaders(context, root);
  audit({ action: 'root.add', object: `ROOT#${root.id}`, outcome: 'allowed', details: { group: group.name, type: 'URL', nickname } });
  return root.id;
};
