import type { VersionedState } from '../history/historic-facet';
import type { Policies } from '../policies/policies';

export type GroupStatus = 'ACTIVE' | 'DELETED';
export type GroupSubscription = 'CONTINUOUS' | 'ONESHOT';
export type GroupService = 'BLACK' | 'WHITE';
export type GroupTier = 'FREE' | 'MACHINE' | 'ONESHOT' | 'OTHER' | 'SQUAD';
export type GroupManaged = 'MANAGED' | 'NOT_MANAGED' | 'UNDER_REVIEW' | 'TRIAL';

export interface GroupState extends VersionedState {
  readonly status: GroupStatus;
  readonly type: GroupSubscription;
  readonly hasMachine: boolean;
  readonly hasSquad: boolean;
  readonly hasAsm: boolean;
  readonly managed: GroupManaged;
  readonly tier: GroupTier;
  readonly service?: GroupService;
  readonly tags?: readonly string[];
  readonly comments?: string;
  readonly justification?: string;
}

export interface Group {
  /** Lowercase letters and digits, unique across the platform. */
  readonly name: string;
  readonly organizationId: string;
  readonly organizationName: string;
  readonly description: string;
  readonly language: 'EN' | 'ES';
  readonly createdBy: string;
  readonly createdDate: string;
  readonly state: GroupState;
  /** The group's own policies; when absent the organization's apply. */
  readonly policies?: Policies;
  readonly businessId?: string;
  readonly businessName?: string;
  readonly context?: string;
  readonly disambiguation?: string;
  readonly sprintDuration?: number;
  readonly unreliableIndicators?: Readonly<Record<string, unknown>>;
}
