import type { Organization } from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import type { DomainContext } from '../context/context';

/** An organization by id; a missing one looks the same as a forbidden one. */
export const loadOrganization = async (context: DomainContext, organizationId: string): Promise<Organization> => {
  const organization = await context.loaders.organization.load(organizationId);
  if (!organization || organization.state.status === 'DELETED') throw new AccessDeniedError({ organizationId });
  return organization;
};

/** The organization with that name (any case), if any; a name no organization can have is not looked up. */
export const organizationNamed = async (context: DomainContext, name: string): Promise<Organization | undefined> => {
  const lowered = name.trim().toLowerCase();
  return /^[a-z]{1,64}$/.test(lowered) ? context.loaders.organizationByName.load(lowered) : undefined;
};

/** An organization by name (any case). */
export const loadOrganizationByName = async (context: DomainContext, name: string): Promise<Organization> => {
  const organization = await organizationNamed(context, name);
  if (!organization || organization.state.status === 'DELETED') throw new AccessDeniedError({ organizationName: name });
  return organization;
};
