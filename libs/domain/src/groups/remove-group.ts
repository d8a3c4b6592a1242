import { getGroupRoots, nextModifiedDate, updateGroupState } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import { removeAllGroupAccesses } from '../access/remove-accesses';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { setRootInactive } from '../roots/root-status';
import { AlreadyPendingDeletionError } from './group-errors';
import { validateComments } from './group-validations';
import { loadGroup } from './load-group';
import { maskGroupContent } from './mask-group-content';

export const REMOVE_GROUP_REASONS = [
  'DIFF_SECTST',
  'MIGRATION',
  'MISTAKE',
  'NO_SECTST',
  'NO_SYSTEM',
  'OTHER',
  'POC_OVER',
  'RENAME',
  'TR_CANCELLED',
] as const;

/**
 * Removes a group without deleting anything: its findings and vulnerabilities become MASKED, its roots
 * INACTIVE (GROUP_DELETED), then the group DELETED (no services left), and last its accesses go (their
 * history stays). The order lets whoever removes it retry after a failure: masking skips what is done,
 * and they keep their access until the group is marked deleted.
 */
export const removeGroup = async (
  context: DomainContext,
  input: { readonly groupName: string; readonly reason: string; readonly comments?: string | undefined },
): Promise<void> => {
  const viewer = requireViewer(context);
  const comments = input.comments?.trim() || undefined;
  validateComments(comments);
  context.loaders.group.clear(input.groupName.toLowerCase());
  const group = await loadGroup(context, input.groupName);
  if (group.state.status === 'DELETED') throw new AlreadyPendingDeletionError();

  const masked = await maskGroupContent(group.name, viewer.email);
  const roots = (await getGroupRoots(group.name)).filter((root) => root.state.status === 'ACTIVE');
  await collect(roots.map((root) => () => setRootInactive(root, { reason: 'GROUP_DELETED', by: viewer.email })), { workers: 8 });
  const { comments: _previous, justification: _justification, ...state } = group.state;
  await updateGroupState(group, {
    ...state,
    status: 'DELETED',
    hasAsm: false,
    hasMachine: false,
    hasSquad: false,
    justification: input.reason,
    ...(comments ? { comments } : {}),
    modifiedBy: viewer.email,
    modifiedDate: nextModifiedDate(group.state.modifiedDate),
  });
  const accesses = await removeAllGroupAccesses(context.loaders, group.name);
  context.loaders.group.clear(group.name);
  context.loaders.organizationGroups.clear(group.organizationId);
  context.loaders.groupFindings.clear(group.name);
  context.loaders.groupRoots.clear(group.name);
  audit({
    action: 'group.remove',
    object: `GROUP#${group.name}`,
    outcome: 'allowed',
    details: { reason: input.reason, findings: masked.findings, vulnerabilities: masked.vulnerabilities, roots: roots.length, accesses },
  });
};
