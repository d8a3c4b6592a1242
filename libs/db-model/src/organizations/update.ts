import { commitStates, versionedChange } from '../history/commit-states';
import { organizationHistoricPolicies, type Policies } from '../policies/policies';
import { organizationFacet, organizationHistoricState, organizationKey } from './entity';
import type { Organization, OrganizationState } from './types';

/** Moves the organization to a new state under optimistic locking; returns the updated record. */
export const updateOrganizationState = async (current: Organization, state: OrganizationState): Promise<Organization> => {
  const next = { ...current, state };
  await commitStates({
    metadata: organizationFacet,
    key: organizationKey(current.id, current.name),
    currentRecord: current,
    nextRecord: next,
    transitions: [versionedChange(organizationHistoricState, `ORG#${current.id}`, 'state', current.state, state)],
  });
  return next;
};

export const updateOrganizationPolicies = async (current: Organization, policies: Policies): Promise<Organization> => {
  const next = { ...current, policies };
  await commitStates({
    metadata: organizationFacet,
    key: organizationKey(current.id, current.name),
    currentRecord: current,
    nextRecord: next,
    transitions: [versionedChange(organizationHistoricPolicies, `ORG#${current.id}`, 'policies', current.policies, policies)],
  });
  return next;
};
