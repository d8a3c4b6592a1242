import { commitVersioned } from '../history/commit-states';
import { organizationHistoricPolicies, type Policies } from '../policies/policies';
import { organizationFacet, organizationHistoricState, organizationKey } from './entity';
import type { Organization, OrganizationState } from './types';

const base = (current: Organization) =>
  ({ metadata: organizationFacet, key: organizationKey(current.id, current.name), current, historyPk: `ORG#${current.id}` }) as const;

/** Moves the organization to a new state under optimistic locking; returns the updated record. */
export const updateOrganizationState = (current: Organization, state: OrganizationState): Promise<Organization> =>
  commitVersioned({ ...base(current), attribute: 'state', facet: organizationHistoricState, next: state });

export const updateOrganizationPolicies = (current: Organization, policies: Policies): Promise<Organization> =>
  commitVersioned({ ...base(current), attribute: 'policies', facet: organizationHistoricPolicies, next: policies });
