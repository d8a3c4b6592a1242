import type { VersionedState } from '../history/historic-facet';

/** A pending invitation: a signed, expiring token mailed to the invitee. */
export interface Invitation {
  readonly isUsed: boolean;
  readonly role: string;
  readonly urlToken: string;
  readonly responsibility?: string;
}

export interface AccessState extends VersionedState {
  readonly hasAccess: boolean;
  readonly role?: string;
  readonly responsibility?: string;
  readonly invitation?: Invitation;
  /** Epoch seconds after which a pending invitation lapses. */
  readonly expirationTime?: number;
}

export interface OrganizationAccess {
  readonly email: string;
  readonly organizationId: string;
  readonly state: AccessState;
}

export interface GroupAccess {
  readonly email: string;
  readonly groupName: string;
  readonly state: AccessState;
}
