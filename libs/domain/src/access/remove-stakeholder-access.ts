import { audit } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';
import { normalizeEmail } from '../groups/field-validations';
import { loadGroup } from '../groups/load-group';
import { loadOrganization } from '../organizations/load-organization';
import { StakeholderNotInGroupError, StakeholderNotInOrganizationError } from './access-errors';
import { accessRole } from './invitation-state';
import { dropGroupAccess, dropOrganizationAccess } from './remove-accesses';
import { enforceCanManageGroupRole, enforceCanManageOrganizationRole } from './role-input';

/** Takes a member (or a pending invitation) out of the group; the access's history stays. Returns the email. */
export const removeStakeholderAccess = async (
  context: DomainContext,
  input: { readonly groupName: string; readonly userEmail: string },
): Promise<string> => {
  const email = normalizeEmail(input.userEmail);
  const group = await loadGroup(context, input.groupName);
  const access = await context.loaders.groupAccess.load({ email, groupName: group.name });
  if (!access) throw new StakeholderNotInGroupError();
  await enforceCanManageGroupRole(context, group, accessRole(access.state));
  await dropGroupAccess(context.loaders, access);
  audit({ action: 'group.stakeholder.remove', object: `GROUP#${group.name}`, outcome: 'allowed', details: { email } });
  return email;
};

/** Takes a member out of the organization and out of each of its groups. */
export const removeStakeholderOrganizationAccess = async (
  context: DomainContext,
  input: { readonly organizationId: string; readonly userEmail: string },
): Promise<void> => {
  const email = normalizeEmail(input.userEmail);
  const organization = await loadOrganization(context, input.organizationId);
  const access = await context.loaders.organizationAccess.load({ email, organizationId: organization.id });
  if (!access) throw new StakeholderNotInOrganizationError();
  await enforceCanManageOrganizationRole(context, organization.id, accessRole(access.state));
  const groupNames = new Set((await context.loaders.organizationGroups.load(organization.id)).map((group) => group.name));
  const groupAccesses = (await context.loaders.stakeholderGroupsAccess.load(email)).filter((groupAccess) => groupNames.has(groupAccess.groupName));
  await collect(groupAccesses.map((groupAccess) => () => dropGroupAccess(context.loaders, groupAccess)), { workers: 8 });
  await dropOrganizationAccess(context.loaders, access);
  audit({
    action: 'organization.stakeholder.remove',
    object: `ORG#${organization.id}`,
    outcome: 'allowed',
    details: { email, groups: groupAccesses.length },
  });
};
