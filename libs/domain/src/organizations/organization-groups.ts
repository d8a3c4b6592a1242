import { parseUserRole } from '@integrates/authz';
import type { Group, Organization } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';

/**
 * The organization's active groups that the caller reaches: all of them for a platform admin, else
 * those where the caller holds a role.
 */
export const organizationGroups = async (context: DomainContext, organization: Organization): Promise<readonly Group[]> => {
  const viewer = requireViewer(context);
  const groups = (await context.loaders.organizationGroups.load(organization.id)).filter((group) => group.state.status === 'ACTIVE');
  const stakeholder = await context.loaders.stakeholder.load(viewer.email);
  if (parseUserRole(stakeholder?.role) === 'admin') return [...groups].sort((a, b) => a.name.localeCompare(b.name));
  const accesses = await context.loaders.stakeholderGroupsAccess.load(viewer.email);
  const reachable = new Set(accesses.filter((access) => access.state.hasAccess).map((access) => access.groupName));
  return groups.filter((group) => reachable.has(group.name)).sort((a, b) => a.name.localeCompare(b.name));
};
