import type { VersionedState } from '../history/historic-facet';
import type { Policies } from '../policies/policies';

export type OrganizationStatus = 'ACTIVE' | 'DELETED';

export interface OrganizationState extends VersionedState {
  readonly status: OrganizationStatus;
  readonly pendingDeletionDate?: string;
}

export interface Organization {
  /** A uuid (the original's domain form prefixed it with `ORG#`; here the bare uuid everywhere). */
  readonly id: string;
  /** Lowercase, unique across the platform. */
  readonly name: string;
  readonly country: string;
  readonly createdBy: string;
  readonly createdDate: string;
  readonly state: OrganizationState;
  readonly policies: Policies;
}
