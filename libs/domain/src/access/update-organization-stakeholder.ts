import { updateOrganizationAccessState } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { normalizeEmail } from '../groups/field-validations';
import { loadOrganization } from '../organizations/load-organization';
import { stakeholderView, type StakeholderView } from '../stakeholders/stakeholder-view';
import { StakeholderNotInOrganizationError } from './access-errors';
import { addCustomerManagerToGroups } from './customer-managers';
import { accessRole } from './invitation-state';
import { enforceCanManageOrganizationRole, enforceOrganizationGrant, parseOrganizationRoleInput } from './role-input';
import { withRole } from './update-group-stakeholder';

/** Changes a member's (or a pending invitee's) role in the organization. */
export const updateOrganizationStakeholder = async (
  context: DomainContext,
  input: { readonly organizationId: string; readonly userEmail: string; readonly role: string },
): Promise<StakeholderView> => {
  const viewer = requireViewer(context);
  const email = normalizeEmail(input.userEmail);
  const role = parseOrganizationRoleInput(input.role);
  const organization = await loadOrganization(context, input.organizationId);
  const key = { email, organizationId: organization.id };
  const access = await context.loaders.organizationAccess.load(key);
  if (!access) throw new StakeholderNotInOrganizationError();
  await enforceCanManageOrganizationRole(context, organization.id, accessRole(access.state));
  await enforceOrganizationGrant(context, organization.id, email, role);
  const updated = await updateOrganizationAccessState(access, withRole(access.state, role, access.state.responsibility, viewer.email));
  context.loaders.organizationAccess.clear(key);
  context.loaders.organizationStakeholdersAccess.clear(organization.id);
  if (updated.state.hasAccess && role === 'customer_manager') await addCustomerManagerToGroups(context.loaders, organization.id, email, viewer.email);
  audit({ action: 'organization.stakeholder.update', object: `ORG#${organization.id}`, outcome: 'allowed', details: { email, role } });
  return stakeholderView(updated, await context.loaders.stakeholder.load(email));
};
