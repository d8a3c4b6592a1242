import { isFluidAttacksEmail, parseUserRole } from '@integrates/authz';
import {
  addGroup as storeGroup,
  AlreadyExistsError,
  isoNow,
  type Group,
  type GroupService,
  type GroupSubscription,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { addCustomerManagersToGroup } from '../access/customer-managers';
import { giveGroupAccess } from '../access/give-access';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadOrganizationByName } from '../organizations/load-organization';
import { InvalidGroupNameError } from './group-errors';
import { validateDescription, validateGroupName, validateServices } from './group-validations';

export interface AddGroupInput {
  readonly groupName: string;
  readonly organizationName: string;
  readonly description: string;
  readonly hasMachine: boolean;
  readonly hasSquad: boolean;
  readonly language?: 'EN' | 'ES' | undefined;
  readonly service?: GroupService | undefined;
  readonly subscription?: GroupSubscription | undefined;
}

/**
 * Creates a group in an organization. The name (letters and digits, 4 to 20, stored in lowercase) is
 * unique on the platform. The creator gets access (customer_manager if Fluid Attacks staff, else
 * user_manager) unless a platform admin, who reaches every group anyway; so do the organization's
 * customer managers.
 */
export const addGroup = async (context: DomainContext, input: AddGroupInput): Promise<Group> => {
  const viewer = requireViewer(context);
  const name = validateGroupName(input.groupName);
  validateDescription(input.description);
  validateServices({ hasAsm: true, hasMachine: input.hasMachine, hasSquad: input.hasSquad });
  const organization = await loadOrganizationByName(context, input.organizationName);
  if (await context.loaders.group.load(name)) throw new InvalidGroupNameError();

  const now = isoNow();
  const group: Group = {
    name,
    organizationId: organization.id,
    organizationName: organization.name,
    description: input.description.trim(),
    language: input.language ?? 'EN',
    createdBy: viewer.email,
    createdDate: now,
    sprintDuration: 1,
    state: {
      status: 'ACTIVE',
      type: input.subscription ?? 'CONTINUOUS',
      hasAsm: true,
      hasMachine: input.hasMachine,
      hasSquad: input.hasSquad,
      managed: 'MANAGED',
      tier: 'FREE',
      service: input.service ?? 'WHITE',
      modifiedBy: viewer.email,
      modifiedDate: now,
    },
  };
  try {
    await storeGroup(group);
  } catch (error) {
    if (error instanceof AlreadyExistsError) throw new InvalidGroupNameError();
    throw error;
  }
  context.loaders.group.clear(name);
  context.loaders.organizationGroups.clear(organization.id);

  const stakeholder = await context.loaders.stakeholder.load(viewer.email);
  const creatorRole = parseUserRole(stakeholder?.role) === 'admin' ? undefined : isFluidAttacksEmail(viewer.email) ? 'customer_manager' : 'user_manager';
  if (creatorRole) await giveGroupAccess(context.loaders, name, { email: viewer.email, role: creatorRole, modifiedBy: viewer.email });
  await addCustomerManagersToGroup(context.loaders, organization.id, name, viewer.email);
  audit({
    action: 'group.add',
    object: `GROUP#${name}`,
    outcome: 'allowed',
    details: { organization: organization.name, hasMachine: input.hasMachine, hasSquad: input.hasSquad, creatorRole: creatorRole ?? 'admin' },
  });
  return group;
};
