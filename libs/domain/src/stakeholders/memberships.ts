import type { Group, Organization } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';

const isPresent = <T>(value: T | Error | undefined): value is T => value !== undefined && !(value instanceof Error);

/** The organizations the signed-in stakeholder belongs to (accepted accesses), by name. */
export const myOrganizations = async (context: DomainContext): Promise<readonly Organization[]> => {
  const viewer = requireViewer(context);
  const accesses = (await context.loaders.stakeholderOrganizationsAccess.load(viewer.email)).filter((access) => access.state.hasAccess);
  const organizations = await context.loaders.organization.loadMany(accesses.map((access) => access.organizationId));
  return organizations
    .filter(isPresent)
    .filter((organization) => organization.state.status === 'ACTIVE')
    .sort((a, b) => a.name.localeCompare(b.name));
};

/**
 * The active groups the signed-in stakeholder holds a role in, by name. Platform admins reach every
 * group without a role in it; those are not listed here.
 */
export const myGroups = async (context: DomainContext): Promise<readonly Group[]> => {
  const viewer = requireViewer(context);
  const accesses = (await context.loaders.stakeholderGroupsAccess.load(viewer.email)).filter((access) => access.state.hasAccess);
  const groups = await context.loaders.group.loadMany(accesses.map((access) => access.groupName));
  return groups
    .filter(isPresent)
    .filter((group) => group.state.status === 'ACTIVE')
    .sort((a, b) => a.name.localeCompare(b.name));
};
