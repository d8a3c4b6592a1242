import { isZeroRisk, type Finding, type Vulnerability } from '@integrates/db-model';
import { effectiveSeverity, severityScoreOf } from '../findings/severity';
import type { FindingIndicators, FindingStatus, RemediationTotals, SeverityBand, TreatmentSummary, VerificationSummary } from './types';
import { vulnerabilityIndicatorsOf } from './vulnerability-indicators';

const DAY_MS = 86_400_000;
/** How many distinct open locations `where` lists before summarising the rest. */
const WHERE_LIMIT = 20;

/** Sums are rounded so stored values and recomputations agree however the store orders items. */
const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export const severityBand = (score: number): SeverityBand | undefined => {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'medium';
  return score > 0 ? 'low' : undefined;
};

const EMPTY_REMEDIATION: RemediationTotals = { vulnerabilities: 0, closedDays: 0, openCount: 0, openSinceDays: 0 };

const addRemediation = (totals: RemediationTotals, open: boolean, reportedMs: number, closedMs: number | undefined): RemediationTotals =>
  open || closedMs === undefined
    ? { ...totals, vulnerabilities: totals.vulnerabilities + 1, openCount: totals.openCount + 1, openSinceDays: totals.openSinceDays + reportedMs / DAY_MS }
    : { ...totals, vulnerabilities: totals.vulnerabilities + 1, closedDays: totals.closedDays + Math.max(0, closedMs - reportedMs) / DAY_MS };

const roundRemediation = (totals: RemediationTotals): RemediationTotals => ({
  ...totals,
  closedDays: round(totals.closedDays, 6),
  openSinceDays: round(totals.openSinceDays, 6),
});

export const findingStatus = (open: number, closed: number): FindingStatus => {
  if (open + closed === 0) return 'DRAFT';
  return open > 0 ? 'VULNERABLE' : 'SAFE';
};

const summariseWhere = (locations: ReadonlySet<string>): string => {
  const sorted = [...locations].sort();
  const shown = sorted.slice(0, WHERE_LIMIT).join(', ');
  return sorted.length > WHERE_LIMIT ? `${shown} and ${sorted.length - WHERE_LIMIT} more` : shown;
};

const maxDate = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined || (b !== undefined && b > a) ? b : a);
const minDate = (a: string | undefined, b: string | undefined): string | undefined => (a === undefined || (b !== undefined && b < a) ? b : a);

/**
 * A finding's indicators from its vulnerabilities (all of them, in any order), the one definition used
 * both for the stored values and to check them. Pure: no store, no clock.
 */
export const computeFindingIndicators = (vulnerabilities: readonly Vulnerability[], finding: Finding): FindingIndicators => {
  const ordered = [...vulnerabilities].filter((vulnerability) => vulnerability.findingId === finding.id).sort((a, b) => (a.id < b.id ? -1 : 1));
  let open = 0;
  let closed = 0;
  let submitted = 0;
  let rejected = 0;
  let maxOpenSeverityScore = 0;
  let totalOpenCvssf = 0;
  let treatment: TreatmentSummary = { untreated: 0, inProgress: 0, accepted: 0, acceptedUndefined: 0 };
  let verification: VerificationSummary = { requested: 0, onHold: 0, verified: 0 };
  let oldestReportDate: string | undefined;
  let newestReportDate: string | undefined;
  let lastClosingDate: string | undefined;
  const where = new Set<string>();
  const remediation: Record<SeverityBand | 'all', RemediationTotals> = {
    all: EMPTY_REMEDIATION,
    critical: EMPTY_REMEDIATION,
    high: EMPTY_REMEDIATION,
    medium: EMPTY_REMEDIATION,
    low: EMPTY_REMEDIATION,
  };

  for (const vulnerability of ordered) {
    const status = vulnerability.state.status;
    if (isZeroRisk(vulnerability) || status === 'DELETED' || status === 'MASKED') continue;
    if (status === 'SUBMITTED') submitted += 1;
    if (status === 'REJECTED') rejected += 1;
    if (status !== 'VULNERABLE' && status !== 'SAFE') continue;

    const isOpen = status === 'VULNERABLE';
    const severity = effectiveSeverity(vulnerability, finding);
    const score = severityScoreOf(severity);
    const indicators = vulnerabilityIndicatorsOf(vulnerability);
    const reportDate = indicators.reportDate ?? vulnerability.createdDate;
    oldestReportDate = minDate(oldestReportDate, reportDate);
    newestReportDate = maxDate(newestReportDate, reportDate);

    switch (vulnerability.verification?.status) {
      case 'REQUESTED':
        verification = { ...verification, requested: verification.requested + 1 };
        break;
      case 'ON_HOLD':
        verification = { ...verification, onHold: verification.onHold + 1 };
        break;
      case 'VERIFIED':
        verification = { ...verification, verified: verification.verified + 1 };
        break;
      default:
        break;
    }

    if (isOpen) {
      open += 1;
      maxOpenSeverityScore = Math.max(maxOpenSeverityScore, score);
      totalOpenCvssf += severity.cvssf;
      where.add(vulnerability.state.where);
      switch (vulnerability.treatment?.status ?? 'UNTREATED') {
        case 'IN_PROGRESS':
          treatment = { ...treatment, inProgress: treatment.inProgress + 1 };
          break;
        case 'ACCEPTED':
          treatment = { ...treatment, accepted: treatment.accepted + 1 };
          break;
        case 'ACCEPTED_UNDEFINED':
          treatment = { ...treatment, acceptedUndefined: treatment.acceptedUndefined + 1 };
          break;
        default:
          treatment = { ...treatment, untreated: treatment.untreated + 1 };
      }
    } else {
      closed += 1;
      lastClosingDate = maxDate(lastClosingDate, indicators.closingDate);
    }

    const reportedMs = Date.parse(reportDate);
    const closedMs = isOpen || !indicators.closingDate ? undefined : Date.parse(indicators.closingDate);
    remediation.all = addRemediation(remediation.all, isOpen, reportedMs, closedMs);
    const band = severityBand(score);
    if (band) remediation[band] = addRemediation(remediation[band], isOpen, reportedMs, closedMs);
  }

  return {
    status: findingStatus(open, closed),
    openVulnerabilities: open,
    closedVulnerabilities: closed,
    submittedVulnerabilities: submitted,
    rejectedVulnerabilities: rejected,
    maxOpenSeverityScore,
    totalOpenCvssf: round(totalOpenCvssf, 3),
    treatmentSummary: treatment,
    verificationSummary: verification,
    where: summariseWhere(where),
    ...(oldestReportDate ? { oldestReportDate } : {}),
    ...(newestReportDate ? { newestReportDate } : {}),
    ...(lastClosingDate ? { lastClosingDate } : {}),
    remediation: {
      all: roundRemediation(remediation.all),
      critical: roundRemediation(remediation.critical),
      high: roundRemediation(remediation.high),
      medium: roundRemediation(remediation.medium),
      low: roundRemediation(remediation.low),
    },
  };
};
