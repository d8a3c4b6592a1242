/** Open vulnerabilities by treatment. */
export interface TreatmentSummary {
  readonly untreated: number;
  readonly inProgress: number;
  readonly accepted: number;
  readonly acceptedUndefined: number;
}

/** Released vulnerabilities by re-attack status. */
export interface VerificationSummary {
  readonly requested: number;
  readonly onHold: number;
  readonly verified: number;
}

export type SeverityBand = 'critical' | 'high' | 'medium' | 'low';

/**
 * What a mean time to remediate needs, summed so that findings add up: days from report to closing of
 * closed vulnerabilities, and the report dates (in epoch days) of open ones, whose age depends on "now".
 */
export interface RemediationTotals {
  readonly vulnerabilities: number;
  readonly closedDays: number;
  readonly openCount: number;
  readonly openSinceDays: number;
}

export type FindingStatus = 'DRAFT' | 'VULNERABLE' | 'SAFE';

/**
 * A finding's indicators, stored on the finding (the original's "unreliable indicators") and recomputed
 * after every mutation that affects them. Zero-risk (requested or confirmed), deleted and masked
 * vulnerabilities count nowhere; SUBMITTED and REJECTED only in their own counts.
 */
export interface FindingIndicators {
  readonly status: FindingStatus;
  readonly openVulnerabilities: number;
  readonly closedVulnerabilities: number;
  readonly submittedVulnerabilities: number;
  readonly rejectedVulnerabilities: number;
  readonly maxOpenSeverityScore: number;
  readonly totalOpenCvssf: number;
  readonly treatmentSummary: TreatmentSummary;
  readonly verificationSummary: VerificationSummary;
  /** The locations of open vulnerabilities, distinct and sorted (the first ones, when there are many). */
  readonly where: string;
  readonly oldestReportDate?: string;
  readonly newestReportDate?: string;
  readonly lastClosingDate?: string;
  readonly remediation: Readonly<Record<SeverityBand | 'all', RemediationTotals>>;
}

/** Per vulnerability, kept current by the mutations that change them. */
export interface VulnerabilityIndicators {
  /** When it was released (confirmed by a reviewer). */
  readonly reportDate?: string;
  /** When it became SAFE. */
  readonly closingDate?: string;
  readonly treatmentChanges: number;
  readonly reattackCycles: number;
  readonly lastRequestedReattackDate?: string;
  readonly lastReattackRequester?: string;
  readonly lastReattackDate?: string;
  /** Re-attacks that found it closed, in percent of the re-attacks made. */
  readonly efficacy: number;
  readonly closedByReattack: number;
  readonly reattacksVerified: number;
}

export interface GroupIndicators {
  readonly openVulnerabilities: number;
  readonly closedVulnerabilities: number;
  readonly openFindings: number;
  readonly maxOpenSeverity: number;
  readonly maxOpenSeverityFindingId?: string;
  /** Days since the newest closing; undefined when nothing was ever closed. */
  readonly lastClosedVulnerabilityDays?: number;
  readonly lastClosedVulnerabilityFindingId?: string;
  readonly meanRemediate: number;
  readonly meanRemediateCriticalSeverity: number;
  readonly meanRemediateHighSeverity: number;
  readonly meanRemediateMediumSeverity: number;
  readonly meanRemediateLowSeverity: number;
  readonly treatmentSummary: TreatmentSummary;
}
