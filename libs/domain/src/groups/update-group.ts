import {
  getGroupRoots,
  nextModifiedDate,
  updateGroupMetadata,
  updateGroupState,
  type Group,
  type GroupService,
  type GroupSubscription,
  type GroupTier,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { setRootInactive } from '../roots/root-status';
import { InvalidGroupServicesConfigError } from './group-errors';
import { validateComments, validateDescription, validateServices } from './group-validations';
import { loadGroup } from './load-group';
import { removeGroup } from './remove-group';

export const UPDATE_GROUP_REASONS = ['BUDGET', 'GROUP_FINALIZATION', 'GROUP_SUSPENSION', 'NONE', 'OTHER'] as const;

export interface UpdateGroupInput {
  readonly groupName: string;
  readonly comments: string;
  readonly reason: string;
  readonly hasAsm: boolean;
  readonly hasMachine: boolean;
  readonly hasSquad: boolean;
  readonly subscription: GroupSubscription;
  readonly service?: GroupService | undefined;
  readonly tier?: GroupTier | undefined;
  readonly description?: string | undefined;
  readonly language?: 'EN' | 'ES' | undefined;
}

/**
 * Changes a group's services and subscription, with the reason and comments kept in its history.
 * Turning ASM off removes the group. A new service type (black/white box) takes the roots out of
 * scope, since they were registered for the other kind of testing.
 */
export const updateGroup = async (context: DomainContext, input: UpdateGroupInput): Promise<Group | undefined> => {
  const viewer = requireViewer(context);
  validateComments(input.comments);
  validateServices(input);
  if (input.description !== undefined) {
    validateDescription(input.description);
  }
  const group = await loadGroup(context, input.groupName);
  if (group.state.type !== 'ONESHOT' && input.subscription === 'ONESHOT') {
    throw new InvalidGroupServicesConfigError('OneShot service is no longer provided');
  }
  if (!input.hasAsm) {
    await removeGroup(context, { groupName: group.name, reason: input.reason, comments: input.comments });
    return undefined;
  }

  const service = input.service ?? group.state.service;
  if (service !== group.state.service) {
    const roots = (await getGroupRoots(group.name)).filter((root) => root.state.status === 'ACTIVE');
    await collect(roots.map((root) => () => setRootInactive(root, { reason: input.reason, other: input.comments, by: viewer.email })), { workers: 8 });
    context.loaders.groupRoots.clear(group.name);
  }
  const described =
    input.description !== undefined || input.language !== undefined
      ? await updateGroupMetadata(group, {
          ...(input.description !== undefined ? { description: input.description.trim() } : {}),
          ...(input.language ? { language: input.language } : {}),
        })
      : group;
  const tier = input.tier === 'OTHER' ? 'FREE' : (input.tier ?? group.state.tier);
  const updated = await updateGroupState(described, {
    ...group.state,
    status: 'ACTIVE',
    hasAsm: true,
    hasMachine: input.hasMachine,
    hasSquad: input.hasSquad,
    type: input.subscription,
    tier,
    ...(service ? { service } : {}),
    justification: input.reason,
    comments: input.comments.trim(),
    modifiedBy: viewer.email,
    modifiedDate: nextModifiedDate(group.state.modifiedDate),
  });
  context.loaders.group.clear(group.name);
  audit({
    action: 'group.update',
    object: `GROUP#${group.name}`,
    outcome: 'allowed',
    details: { hasMachine: input.hasMachine, hasSquad: input.hasSquad, subscription: input.subscription, service: service ?? null, tier, reason: input.reason },
  });
  return updated;
};
