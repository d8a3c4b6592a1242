import type { Group, Organization, Policies } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { loadOrganization } from '../organizations/load-organization';
import { groupPolicies, type EffectivePolicies } from './effective-policies';

/** The policies that apply to a group: its own where set, else its organization's, else the defaults. */
export const effectiveGroupPolicies = async (context: DomainContext, group: Group): Promise<EffectivePolicies> =>
  groupPolicies(group, await loadOrganization(context, group.organizationId));

/** The group's own policies over time, oldest first (empty when it never set any). */
export const groupPoliciesHistory = (context: DomainContext, group: Group): Promise<readonly Policies[]> =>
  context.loaders.groupHistoricPolicies.load(group);

export const organizationPoliciesHistory = (context: DomainContext, organization: Organization): Promise<readonly Policies[]> =>
  context.loaders.organizationHistoricPolicies.load(organization);
