import type { VersionedState } from '../history/historic-facet';

export type EventStatus = 'CREATED' | 'OPEN' | 'VERIFICATION_REQUESTED' | 'SOLVED';

export interface EventState extends VersionedState {
  readonly status: EventStatus;
  readonly reason?: string;
  readonly other?: string;
  readonly commentId?: string;
}

/** Something that stops the security team from testing a group. */
export interface Event {
  readonly id: string;
  readonly groupName: string;
  readonly organizationId: string;
  readonly hacker: string;
  readonly createdBy: string;
  readonly createdDate: string;
  readonly description: string;
  readonly eventDate: string;
  readonly type: string;
  readonly rootId?: string;
  readonly state: EventState;
  readonly solvingDate?: string;
}
