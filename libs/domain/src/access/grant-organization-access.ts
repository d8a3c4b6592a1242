import { addOrganizationAccess, isoNow, nextModifiedDate, updateOrganizationAccessState, type OrganizationAccess } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { normalizeEmail } from '../groups/field-validations';
import { loadOrganization } from '../organizations/load-organization';
import { stakeholderView, type StakeholderView } from '../stakeholders/stakeholder-view';
import { StakeholderHasOrganizationAccessError } from './access-errors';
import { checkInvitationSpacing, ensureInvitee, pendingInvitation } from './invitations';
import { enforceOrganizationGrant, parseOrganizationRoleInput } from './role-input';

/**
 * Invites `userEmail` to the organization with `role`, pending until they follow
 * /confirm_access_organization/<token> (or refuse with /reject_access_organization/<token>).
 */
export const grantStakeholderOrganizationAccess = async (
  context: DomainContext,
  input: { readonly organizationId: string; readonly userEmail: string; readonly role: string },
): Promise<StakeholderView> => {
  const viewer = requireViewer(context);
  const email = normalizeEmail(input.userEmail);
  const role = parseOrganizationRoleInput(input.role);
  const organization = await loadOrganization(context, input.organizationId);
  const key = { email, organizationId: organization.id };
  const existing = await context.loaders.organizationAccess.load(key);
  if (existing?.state.hasAccess) throw new StakeholderHasOrganizationAccessError();
  checkInvitationSpacing(existing?.state);
  await enforceOrganizationGrant(context, organization.id, email, role);

  await ensureInvitee(context.loaders, email);
  const state = await pendingInvitation(
    {
      entity: 'organization',
      target: organization.id,
      email,
      role,
      by: viewer.email,
      modifiedDate: existing ? nextModifiedDate(existing.state.modifiedDate) : isoNow(),
    },
    context.signingKey,
  );
  const access: OrganizationAccess = existing
    ? await updateOrganizationAccessState(existing, state)
    : { email, organizationId: organization.id, state };
  if (!existing) await addOrganizationAccess(access);
  context.loaders.organizationAccess.clear(key);
  context.loaders.organizationStakeholdersAccess.clear(organization.id);
  context.loaders.stakeholderOrganizationsAccess.clear(email);
  audit({ action: 'organization.stakeholder.invite', object: `ORG#${organization.id}`, outcome: 'allowed', details: { email, role, reinvited: Boolean(existing) } });
  return stakeholderView(access, await context.loaders.stakeholder.load(email));
};
