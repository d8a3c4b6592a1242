import { randomUUID } from 'node:crypto';
import { isFluidAttacksEmail } from '@integrates/authz';
import { addOrganization as storeOrganization, AlreadyExistsError, isoNow, type Organization } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { giveOrganizationAccess } from '../access/give-access';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { checkLength, checkNotBlank } from '../groups/field-validations';
import { organizationNamed } from './load-organization';
import { InvalidOrganizationError } from './organization-errors';

const NAME = /^[a-zA-Z]{4,20}$/;

/**
 * Creates an organization named `name` (4 to 20 letters, stored in lowercase, unique on the platform).
 * The creator gets access: customer_manager if Fluid Attacks staff, else user_manager.
 */
export const addOrganization = async (context: DomainContext, name: string, country: string): Promise<Organization> => {
  const viewer = requireViewer(context);
  const trimmed = name.trim();
  checkLength('name', trimmed, { min: 4, max: 20 });
  const lowered = trimmed.toLowerCase();
  if (await organizationNamed(context, lowered)) throw new InvalidOrganizationError('Name taken');
  if (!NAME.test(trimmed)) throw new InvalidOrganizationError('Invalid name');
  checkNotBlank('country', country);
  checkLength('country', country.trim(), { max: 60 });

  const now = isoNow();
  const organization: Organization = {
    id: randomUUID(),
    name: lowered,
    country: country.trim(),
    createdBy: viewer.email,
    createdDate: now,
    state: { status: 'ACTIVE', modifiedBy: viewer.email, modifiedDate: now },
    policies: { modifiedBy: viewer.email, modifiedDate: now },
  };
  try {
    await storeOrganization(organization);
  } catch (error) {
    // Another request took the name between the check and the write.
    if (error instanceof AlreadyExistsError) throw new InvalidOrganizationError('Name taken');
    throw error;
  }
  context.loaders.organizationByName.clear(lowered);
  const role = isFluidAttacksEmail(viewer.email) ? 'customer_manager' : 'user_manager';
  await giveOrganizationAccess(context.loaders, organization.id, { email: viewer.email, role, modifiedBy: viewer.email });
  audit({ action: 'organization.add', object: `ORG#${organization.id}`, outcome: 'allowed', details: { name: lowered, country: organization.country, role } });
  return organization;
};
