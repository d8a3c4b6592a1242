import type { VersionedState } from '../history/historic-facet';

export type FindingStateStatus = 'CREATED' | 'DELETED' | 'MASKED';
export type FindingVerificationStatus = 'REQUESTED' | 'ON_HOLD' | 'VERIFIED' | 'MASKED';

export interface FindingState extends VersionedState {
  readonly status: FindingStateStatus;
  readonly source: string;
  /** Why it was removed: DUPLICATED, FALSE_POSITIVE or NOT_REQUIRED. */
  readonly justification?: string;
}

export interface FindingVerification extends VersionedState {
  readonly status: FindingVerificationStatus;
  readonly commentId?: string;
  readonly vulnerabilityIds?: readonly string[];
}

/** The scores computed from the vectors when they were set. */
export interface SeverityScore {
  readonly cvssV3: string;
  readonly baseScore: number;
  readonly temporalScore: number;
  readonly cvssf: number;
  readonly cvssV4?: string;
  readonly baseScoreV4?: number;
  readonly threatScoreV4?: number;
  readonly cvssfV4?: number;
}

export interface Finding {
  readonly id: string;
  readonly groupName: string;
  /** `NNN. Title`, a type of the weakness catalogue. */
  readonly title: string;
  readonly description: string;
  readonly threat: string;
  readonly recommendation: string;
  readonly attackVectorDescription: string;
  readonly unfulfilledRequirements: readonly string[];
  readonly minTimeToRemediate?: number;
  readonly hackerEmail: string;
  readonly severityScore: SeverityScore;
  readonly state: FindingState;
  readonly creation: FindingState;
  readonly verification?: FindingVerification;
  readonly unreliableIndicators?: Readonly<Record<string, unknown>>;
}

/** Which finding holds a weakness type (`code`) in a group: a group has at most one open finding of a type. */
export interface FindingTypeClaim {
  readonly groupName: string;
  readonly code: string;
  readonly findingId: string;
  /** When the claim was taken (ISO 8601), to tell a crashed creation from one still under way. */
  readonly takenAt: string;
}
