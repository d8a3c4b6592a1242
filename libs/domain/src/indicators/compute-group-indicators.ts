import type { FindingIndicators, GroupIndicators, RemediationTotals, SeverityBand, TreatmentSummary } from './types';

const DAY_MS = 86_400_000;

export interface FindingWithIndicators {
  readonly findingId: string;
  readonly indicators: FindingIndicators;
}

const sumRemediation = (findings: readonly FindingWithIndicators[], band: SeverityBand | 'all'): RemediationTotals =>
  findings.reduce<RemediationTotals>(
    (sum, { indicators }) => {
      const totals = indicators.remediation[band];
      return {
        vulnerabilities: sum.vulnerabilities + totals.vulnerabilities,
        closedDays: sum.closedDays + totals.closedDays,
        openCount: sum.openCount + totals.openCount,
        openSinceDays: sum.openSinceDays + totals.openSinceDays,
      };
    },
    { vulnerabilities: 0, closedDays: 0, openCount: 0, openSinceDays: 0 },
  );

/**
 * Mean days from report to closing, open vulnerabilities counting until `now`, rounded up to whole days
 * (the original rounds, then takes the ceiling).
 */
export const meanRemediate = (totals: RemediationTotals, now: number): number => {
  if (totals.vulnerabilities === 0) return 0;
  const openDays = Math.max(0, totals.openCount * (now / DAY_MS) - totals.openSinceDays);
  return Math.ceil(Math.round(((totals.closedDays + openDays) / totals.vulnerabilities) * 1000) / 1000);
};

const sumTreatment = (findings: readonly FindingWithIndicators[]): TreatmentSummary =>
  findings.reduce<TreatmentSummary>(
    (sum, { indicators: { treatmentSummary: t } }) => ({
      untreated: sum.untreated + t.untreated,
      inProgress: sum.inProgress + t.inProgress,
      accepted: sum.accepted + t.accepted,
      acceptedUndefined: sum.acceptedUndefined + t.acceptedUndefined,
    }),
    { untreated: 0, inProgress: 0, accepted: 0, acceptedUndefined: 0 },
  );

/**
 * A group's indicators from its findings' stored indicators: no vulnerability is read. Pure; `now`
 * only ages open vulnerabilities and the last closing.
 */
export const computeGroupIndicators = (findings: readonly FindingWithIndicators[], now: number): GroupIndicators => {
  const worst = findings.reduce<FindingWithIndicators | undefined>(
    (max, current) =>
      current.indicators.openVulnerabilities > 0 && (!max || current.indicators.maxOpenSeverityScore > max.indicators.maxOpenSeverityScore) ? current : max,
    undefined,
  );
  const lastClosed = findings.reduce<FindingWithIndicators | undefined>(
    (latest, current) =>
      current.indicators.lastClosingDate !== undefined &&
      (!latest?.indicators.lastClosingDate || current.indicators.lastClosingDate > latest.indicators.lastClosingDate)
        ? current
        : latest,
    undefined,
  );
  const lastClosingDate = lastClosed?.indicators.lastClosingDate;
  return {
    openVulnerabilities: findings.reduce((sum, { indicators }) => sum + indicators.openVulnerabilities, 0),
    closedVulnerabilities: findings.reduce((sum, { indicators }) => sum + indicators.closedVulnerabilities, 0),
    openFindings: findings.filter(({ indicators }) => indicators.status === 'VULNERABLE').length,
    maxOpenSeverity: worst?.indicators.maxOpenSeverityScore ?? 0,
    ...(worst ? { maxOpenSeverityFindingId: worst.findingId } : {}),
    ...(lastClosed && lastClosingDate
      ? {
          lastClosedVulnerabilityDays: Math.max(0, Math.floor((now - Date.parse(lastClosingDate)) / DAY_MS)),
          lastClosedVulnerabilityFindingId: lastClosed.findingId,
        }
      : {}),
    meanRemediate: meanRemediate(sumRemediation(findings, 'all'), now),
    meanRemediateCriticalSeverity: meanRemediate(sumRemediation(findings, 'critical'), now),
    meanRemediateHighSeverity: meanRemediate(sumRemediation(findings, 'high'), now),
    meanRemediateMediumSeverity: meanRemediate(sumRemediation(findings, 'medium'), now),
    meanRemediateLowSeverity: meanRemediate(sumRemediation(findings, 'low'), now),
    treatmentSummary: sumTreatment(findings),
  };
};
