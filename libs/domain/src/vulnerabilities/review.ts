import type { VulnerabilityState } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { validText } from '../findings/fields';
import { loadActiveFinding } from '../findings/visibility';
import { withIndicators } from '../indicators/vulnerability-indicators';
import { applyToVulnerabilities, auditBulk, requireIds, stamp, type BulkResult } from './bulk';
import { location } from './state-fields';
import { InvalidRejectionReasonsError, VulnerabilityNotRejectedError, VulnerabilityNotSubmittedError } from './errors';

export const REJECTION_REASONS = ['CONSISTENCY', 'EVIDENCE', 'NAMING', 'OMISSION', 'OTHER', 'SCORING', 'WRITING'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

/** Releases SUBMITTED vulnerabilities (reviewers): they become VULNERABLE, and count from now on. */
export const confirmVulnerabilities = async (context: DomainContext, findingId: string, ids: readonly string[]): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const finding = await loadActiveFinding(context, findingId);
  const result = await applyToVulnerabilities(context, finding, requireIds('vulnerabilities', ids), (vulnerability) => {
    if (vulnerability.state.status !== 'SUBMITTED') throw new VulnerabilityNotSubmittedError({ id: vulnerability.id });
    const state: VulnerabilityState = { ...location(vulnerability.state), status: 'VULNERABLE', ...stamp(viewer.email, vulnerability.state) };
    return { changes: { state }, indicators: withIndicators(vulnerability, () => ({ reportDate: state.modifiedDate })) };
  });
  auditBulk('vulnerabilities.confirm', finding.id, result);
  return result;
};

/** Sends SUBMITTED vulnerabilities back to their reporter with reasons (OTHER needs `otherReason`). */
export const rejectVulnerabilities = async (
  context: DomainContext,
  findingId: string,
  ids: readonly string[],
  reasons: readonly string[],
  otherReason?: string | null,
): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const unique = [...new Set(reasons)];
  if (unique.length === 0 || unique.some((reason) => !REJECTION_REASONS.includes(reason as RejectionReason))) {
    throw new InvalidRejectionReasonsError(REJECTION_REASONS);
  }
  const other = otherReason ? validText('otherReason', otherReason, 1, 5000) : undefined;
  if (unique.includes('OTHER') && !other) throw new InvalidRejectionReasonsError(REJECTION_REASONS);
  const finding = await loadActiveFinding(context, findingId);
  const result = await applyToVulnerabilities(context, finding, requireIds('vulnerabilities', ids), (vulnerability) => {
    if (vulnerability.state.status !== 'SUBMITTED') throw new VulnerabilityNotSubmittedError({ id: vulnerability.id });
    const state: VulnerabilityState = {
      ...location(vulnerability.state),
      status: 'REJECTED',
      reasons: unique,
      ...(other ? { otherReason: other } : {}),
      ...stamp(viewer.email, vulnerability.state),
    };
    return { changes: { state } };
  });
  auditBulk('vulnerabilities.reject', finding.id, result);
  return result;
};

/** Puts REJECTED vulnerabilities up for review again once their reporter fixed them. */
export const resubmitVulnerabilities = async (context: DomainContext, findingId: string, ids: readonly string[]): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const finding = await loadActiveFinding(context, findingId);
  const result = await applyToVulnerabilities(context, finding, requireIds('vulnerabilities', ids), (vulnerability) => {
    if (vulnerability.state.status !== 'REJECTED') throw new VulnerabilityNotRejectedError({ id: vulnerability.id });
    const state: VulnerabilityState = { ...location(vulnerability.state), status: 'SUBMITTED', ...stamp(viewer.email, vulnerability.state) };
    return { changes: { state } };
  });
  auditBulk('vulnerabilities.resubmit', finding.id, result);
  return result;
};
