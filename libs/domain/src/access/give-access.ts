import {
  addGroupAccess,
  addOrganizationAccess,
  AlreadyExistsError,
  isoNow,
  nextModifiedDate,
  updateGroupAccessState,
  updateOrganizationAccessState,
  type AccessState,
  type Dataloaders,
} from '@integrates/db-model';

export interface AccessGrant {
  readonly email: string;
  readonly role: string;
  readonly modifiedBy: string;
  readonly responsibility?: string | undefined;
}

const grantedState = (grant: AccessGrant, previous: AccessState | undefined): AccessState => ({
  hasAccess: true,
  role: grant.role,
  ...(grant.responsibility ? { responsibility: grant.responsibility } : {}),
  // A used invitation stays on the access, so that its link answers "already used".
  ...(previous?.invitation ? { invitation: { ...previous.invitation, isUsed: true } } : {}),
  modifiedBy: grant.modifiedBy,
  modifiedDate: previous ? nextModifiedDate(previous.modifiedDate) : isoNow(),
});

/**
 * Gives `email` the group role right away (no invitation): creators, confirmed invitations, and the
 * organization's customer managers. Updates the access if there is one, keeping its history.
 */
export const giveGroupAccess = async (loaders: Dataloaders, groupName: string, grant: AccessGrant): Promise<void> => {
  const key = { email: grant.email, groupName };
  const existing = await loaders.groupAccess.load(key);
  if (existing) await updateGroupAccessState(existing, grantedState(grant, existing.state));
  else {
    try {
      await addGroupAccess({ email: grant.email, groupName, state: grantedState(grant, undefined) });
    } catch (error) {
      // Another request created it first: that one stands.
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
  loaders.groupAccess.clear(key);
  loaders.groupStakeholdersAccess.clear(groupName);
  loaders.stakeholderGroupsAccess.clear(grant.email);
};

export const giveOrganizationAccess = async (loaders: Dataloaders, organizationId: string, grant: AccessGrant): Promise<void> => {
  const key = { email: grant.email, organizationId };
  const existing = await loaders.organizationAccess.load(key);
  if (existing) await updateOrganizationAccessState(existing, grantedState(grant, existing.state));
  else {
    try {
      await addOrganizationAccess({ email: grant.email, organizationId, state: grantedState(grant, undefined) });
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
  loaders.organizationAccess.clear(key);
  loaders.organizationStakeholdersAccess.clear(organizationId);
  loaders.stakeholderOrganizationsAccess.clear(grant.email);
};
