import type { AccessState } from '@integrates/db-model';
import { StakeholderNotFoundError } from '../access/access-errors';
import { authorize } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { InvalidParameterError } from '../groups/field-errors';
import { viewsOf, type StakeholderView } from './stakeholder-view';

export interface StakeholderQuery {
  readonly entity: 'GROUP' | 'ORGANIZATION';
  readonly userEmail: string;
  readonly groupName?: string | undefined;
  readonly organizationId?: string | undefined;
}

/**
 * One member of a group or an organization, for those who may see its members: the rule depends on
 * the entity, so it is enforced here. Someone who is not a member (or hidden from the caller) is
 * "Access denied or stakeholder not found".
 */
export const getStakeholder = async (context: DomainContext, query: StakeholderQuery): Promise<StakeholderView> => {
  const email = query.userEmail.trim().toLowerCase();
  if (query.entity === 'GROUP') {
    if (!query.groupName) throw new InvalidParameterError('groupName');
    const groupName = query.groupName.toLowerCase();
    await authorize(context, { level: 'group', action: 'group.stakeholders.read' }, { groupName });
    const access = await context.loaders.groupAccess.load({ email, groupName });
    const [view] = access ? await viewsOf(context, [access]) : [];
    if (!view) throw new StakeholderNotFoundError();
    return view;
  }
  if (!query.organizationId) throw new InvalidParameterError('organizationId');
  await authorize(context, { level: 'organization', action: 'organization.stakeholders.read' }, { organizationId: query.organizationId });
  const access = await context.loaders.organizationAccess.load({ email, organizationId: query.organizationId });
  const [view] = access ? await viewsOf(context, [access]) : [];
  if (!view) throw new StakeholderNotFoundError();
  return view;
};

/** The past states of the member's access (roles, invitations), oldest first, then the current one. */
export const accessHistory = (context: DomainContext, view: StakeholderView): Promise<readonly AccessState[]> =>
  'groupName' in view.access
    ? context.loaders.groupAccessHistory.load(view.access)
    : context.loaders.organizationAccessHistory.load(view.access);
