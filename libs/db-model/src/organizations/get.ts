import { getByKeys, queryAll, queryFirst } from '../model/lookups';
import { readHistory } from '../history/read-history';
import { organizationHistoricPolicies, type Policies } from '../policies/policies';
import { organizationFacet, organizationHistoricState, organizationKey, organizationNameGuardKey, organizationNameGuardFacet } from './entity';
import type { Organization, OrganizationState } from './types';

/** By id: one query per distinct id (the sort key holds the name, which the caller does not know). */
export const getOrganizationsById = (ids: readonly string[]): Promise<readonly (Organization | undefined)[]> =>
  Promise.all(
    ids.map(async (id) => {
      const item = await queryFirst(`ORG#${id}`, 'ORG#');
      return item ? organizationFacet.fromItem(item) : undefined;
    }),
  );

/** By name: the name guards in one batch, then the metadata in another. */
export const getOrganizationsByName = async (names: readonly string[]): Promise<readonly (Organization | undefined)[]> => {
  const lowered = names.map((name) => name.toLowerCase());
  const guards = await getByKeys(organizationNameGuardFacet, lowered.map(organizationNameGuardKey));
  const keys = guards.flatMap((guard) => (guard ? [organizationKey(guard.organizationId, guard.name)] : []));
  const found = await getByKeys(organizationFacet, keys);
  const byName = new Map(found.flatMap((organization) => (organization ? [[organization.name, organization] as const] : [])));
  return lowered.map((name) => byName.get(name));
};

export const getAllOrganizations = (): Promise<readonly Organization[]> =>
  queryAll(organizationFacet, { index: 'gsi_2', partitionValue: 'ORG#all' });

export const getOrganizationHistoricState = (organization: Organization): Promise<readonly OrganizationState[]> =>
  readHistory(organizationHistoricState, `ORG#${organization.id}`, organization.state);

export const getOrganizationHistoricPolicies = (organization: Organization): Promise<readonly Policies[]> =>
  readHistory(organizationHistoricPolicies, `ORG#${organization.id}`, organization.policies);
