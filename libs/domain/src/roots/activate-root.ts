import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadGroup } from '../groups/load-group';
import { checkLocationUnique, clearRootLoaders, loadRoot, locationOf } from './root-rules';
import { setRootActive } from './root-status';

/** Makes an inactive root active again, unless another active root now covers the same location. */
export const activateRoot = async (context: DomainContext, groupName: string, rootId: string): Promise<void> => {
  const viewer = requireViewer(context);
  const root = await loadRoot(context, groupName, rootId);
  if (root.state.status === 'ACTIVE') return;
  const group = await loadGroup(context, root.groupName);
  await checkLocationUnique(group, locationOf(root), { includeInactive: false, exceptRootId: root.id });
  await setRootActive(root, viewer.email);
  clearRootLoaders(context, root);
  audit({ action: 'root.activate', object: `ROOT#${root.id}`, outcome: 'allowed', details: { group: root.groupName } });
};
