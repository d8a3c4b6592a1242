import {
  nextModifiedDate,
  updateGroupPolicies as storeGroupPolicies,
  updateOrganizationPolicies as storeOrganizationPolicies,
  type Policies,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { InvalidParameterError } from '../groups/field-errors';
import { loadGroup } from '../groups/load-group';
import { loadOrganization } from '../organizations/load-organization';
import { validatePolicies, type PoliciesInput } from './validate-policies';

/**
 * Sets the organization's policies (those given; the rest stay). The name must be the organization's,
 * as the original's mutation takes both. Each change keeps the previous policies in the history.
 */
export const updateOrganizationPolicies = async (
  context: DomainContext,
  organizationId: string,
  organizationName: string,
  input: PoliciesInput,
): Promise<void> => {
  const viewer = requireViewer(context);
  const organization = await loadOrganization(context, organizationId);
  if (organization.name !== organizationName.trim().toLowerCase()) throw new InvalidParameterError('organizationName');
  const changes = validatePolicies(input, organization.policies);
  if (!changes) return;
  const policies: Policies = {
    ...organization.policies,
    ...changes,
    modifiedBy: viewer.email,
    modifiedDate: nextModifiedDate(organization.policies.modifiedDate),
  };
  await storeOrganizationPolicies(organization, policies);
  context.loaders.organization.clear(organization.id);
  context.loaders.organizationByName.clear(organization.name);
  audit({ action: 'organization.policies.update', object: `ORG#${organization.id}`, outcome: 'allowed', details: { ...changes } });
};

/** Sets the group's own policies (those given); where the group sets none, its organization's apply. */
export const updateGroupPolicies = async (context: DomainContext, groupName: string, input: PoliciesInput): Promise<void> => {
  const viewer = requireViewer(context);
  const group = await loadGroup(context, groupName);
  const organization = await loadOrganization(context, group.organizationId);
  const { inactivityPeriod: _notForGroups, ...groupInput } = input;
  const changes = validatePolicies(groupInput, group.policies ?? {}, organization.policies);
  if (!changes) return;
  const policies: Policies = {
    ...(group.policies ?? {}),
    ...changes,
    modifiedBy: viewer.email,
    modifiedDate: nextModifiedDate(group.policies?.modifiedDate),
  };
  await storeGroupPolicies(group, policies);
  context.loaders.group.clear(group.name);
  audit({ action: 'group.policies.update', object: `GROUP#${group.name}`, outcome: 'allowed', details: { ...changes } });
};
