import { getGroupRoots, getRootVulnerabilities, nextModifiedDate, updateRootState } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { validateGitRoot, type GitRootInput } from './add-git-root';
import { HasVulnsError, InactiveRootError, InvalidGitRootError } from './root-errors';
import { comparableGitUrl } from './root-locations';
import { checkLocationUnique, checkNicknameUnique, clearRootLoaders, loadRoot } from './root-rules';

/**
 * Changes an active git root. Its URL cannot change once vulnerabilities were reported on it (they
 * would point elsewhere); the new URL and branch must not repeat another root's.
 */
export const updateGitRoot = async (context: DomainContext, input: GitRootInput & { readonly id: string }): Promise<void> => {
  const viewer = requireViewer(context);
  const root = await loadRoot(context, input.groupName, input.id);
  if (root.type !== 'Git') throw new InvalidGitRootError();
  if (root.state.status !== 'ACTIVE') throw new InactiveRootError();
  const { group, validated } = await validateGitRoot(context, { ...input, nickname: input.nickname?.trim() ? input.nickname : root.state.nickname });
  const urlChanged = comparableGitUrl(validated.url) !== comparableGitUrl(root.state.url ?? '');
  if (urlChanged) {
    const released = (await getRootVulnerabilities(root.id)).filter((vulnerability) => ['VULNERABLE', 'SAFE'].includes(vulnerability.state.status));
    if (released.length > 0) throw new HasVulnsError();
  }
  if (urlChanged || validated.branch !== root.state.branch) {
    await checkLocationUnique(group, { git: { url: validated.url, branch: validated.branch } }, { includeInactive: true, exceptRootId: root.id });
  }
  if (validated.nickname !== root.state.nickname) checkNicknameUnique(validated.nickname, await getGroupRoots(group.name), root.id);
  await updateRootState(root, {
    ...root.state,
    ...validated,
    modifiedBy: viewer.email,
    modifiedDate: nextModifiedDate(root.state.modifiedDate),
  });
  clearRootLoaders(context, root);
  audit({ action: 'root.update', object: `ROOT#${root.id}`, outcome: 'allowed', details: { group: group.name, urlChanged } });
};
