import type { VersionedState } from '../history/historic-facet';
import type { SeverityScore } from '../findings/types';

export type VulnerabilityType = 'INPUTS' | 'LINES' | 'PORTS';
export type VulnerabilityStateStatus = 'SUBMITTED' | 'REJECTED' | 'VULNERABLE' | 'SAFE' | 'DELETED' | 'MASKED';
export type TreatmentStatus = 'UNTREATED' | 'IN_PROGRESS' | 'ACCEPTED' | 'ACCEPTED_UNDEFINED';
export type AcceptanceStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';
export type VerificationStatus = 'REQUESTED' | 'ON_HOLD' | 'VERIFIED' | 'MASKED';
export type ZeroRiskStatus = 'REQUESTED' | 'CONFIRMED' | 'REJECTED';

export interface VulnerabilityState extends VersionedState {
  readonly status: VulnerabilityStateStatus;
  readonly source: string;
  /** LINES: the path; PORTS: the host; INPUTS: the URL. */
  readonly where: string;
  /** LINES: the line number; PORTS: the port; INPUTS: the field. */
  readonly specific: string;
  readonly commit?: string;
  readonly reasons?: readonly string[];
  readonly otherReason?: string;
  readonly justification?: string;
}

export interface VulnerabilityTreatment extends VersionedState {
  readonly status: TreatmentStatus;
  readonly acceptanceStatus?: AcceptanceStatus;
  readonly acceptedUntil?: string;
  readonly justification?: string;
  readonly assigned?: string;
}

export interface VulnerabilityVerification extends VersionedState {
  readonly status: VerificationStatus;
  readonly eventId?: string;
  readonly justification?: string;
}

export interface VulnerabilityZeroRisk extends VersionedState {
  readonly status: ZeroRiskStatus;
  readonly commentId: string;
}

export interface Vulnerability {
  readonly id: string;
  readonly findingId: string;
  readonly groupName: string;
  readonly organizationName: string;
  readonly hackerEmail: string;
  readonly createdBy: string;
  readonly createdDate: string;
  readonly type: VulnerabilityType;
  /** Location hash for de-duplication within a finding. */
  readonly hash: string;
  readonly rootId?: string;
  readonly state: VulnerabilityState;
  readonly treatment?: VulnerabilityTreatment;
  readonly verification?: VulnerabilityVerification;
  readonly zeroRisk?: VulnerabilityZeroRisk;
  /** A vulnerability-level override of the finding's severity. */
  readonly severityScore?: SeverityScore;
  readonly bugTrackingSystemUrl?: string;
  readonly tags?: readonly string[];
  readonly unreliableIndicators?: Readonly<Record<string, unknown>>;
}
