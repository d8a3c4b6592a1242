import type { VulnerabilityState, VulnerabilityVerification } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { InvalidRemovalJustificationError } from '../findings/errors';
import { loadActiveFinding } from '../findings/visibility';
import { refreshFindingIndicators } from '../indicators/finding-indicators';
import { withIndicators } from '../indicators/vulnerability-indicators';
import { applySingle, applyToVulnerabilities, auditBulk, requireIds, stamp, type BulkResult } from './bulk';
import { InvalidRemovalStateError, VulnerabilityAlreadyClosedError, VulnerabilityNotReleasedError } from './errors';
import { location } from './state-fields';

export const VULNERABILITY_REMOVAL_JUSTIFICATIONS = ['DUPLICATED', 'FALSE_POSITIVE', 'REPORTING_ERROR', 'NOT_REQUIRED'] as const;
export type VulnerabilityRemovalJustification = (typeof VULNERABILITY_REMOVAL_JUSTIFICATIONS)[number];

const REMOVABLE: readonly string[] = ['VULNERABLE', 'REJECTED', 'SUBMITTED'];

/** The state that removes a vulnerability (VULNERABLE, SUBMITTED or REJECTED ones only). */
export const removedState = (current: VulnerabilityState, justification: string, email: string, now?: number): VulnerabilityState => ({
  ...location(current),
  status: 'DELETED',
  justification,
  ...stamp(email, current, now),
});

/** Removes one vulnerability with a justification; SAFE and already removed ones cannot be removed. */
export const removeVulnerability = async (
  context: DomainContext,
  findingId: string,
  vulnerabilityId: string,
  justification: string,
): Promise<void> => {
  const viewer = requireViewer(context);
  if (!VULNERABILITY_REMOVAL_JUSTIFICATIONS.includes(justification as VulnerabilityRemovalJustification)) {
    throw new InvalidRemovalJustificationError(VULNERABILITY_REMOVAL_JUSTIFICATIONS);
  }
  const finding = await loadActiveFinding(context, findingId);
  const removed = await applySingle(context, finding, vulnerabilityId, (vulnerability) => {
    if (!REMOVABLE.includes(vulnerability.state.status)) throw new InvalidRemovalStateError({ id: vulnerability.id });
    return { changes: { state: removedState(vulnerability.state, justification, viewer.email) } };
  });
  await refreshFindingIndicators(context, finding.id, [removed]);
  context.loaders.findingVulnerabilities.clearAll();
  context.loaders.groupVulnerabilities.clearAll();
  audit({ action: 'vulnerability.remove', object: `VULN#${removed.id}`, outcome: 'allowed', details: { findingId: finding.id, justification } });
};

/** Closes open vulnerabilities (SAFE); a pending re-attack is settled (VERIFIED) in the same commit. */
export const closeVulnerabilities = async (context: DomainContext, findingId: string, ids: readonly string[]): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const finding = await loadActiveFinding(context, findingId);
  const result = await applyToVulnerabilities(context, finding, requireIds('vulnerabilities', ids), (vulnerability) => {
    if (vulnerability.state.status === 'SAFE') throw new VulnerabilityAlreadyClosedError({ id: vulnerability.id });
    if (vulnerability.state.status !== 'VULNERABLE') throw new VulnerabilityNotReleasedError({ id: vulnerability.id });
    const state: VulnerabilityState = { ...location(vulnerability.state), status: 'SAFE', ...stamp(viewer.email, vulnerability.state) };
    const pending = vulnerability.verification?.status === 'REQUESTED' || vulnerability.verification?.status === 'ON_HOLD';
    const verification: VulnerabilityVerification | undefined = pending
      ? { status: 'VERIFIED', ...stamp(viewer.email, vulnerability.verification) }
      : undefined;
    return {
      changes: { state, ...(verification ? { verification } : {}) },
      indicators: withIndicators(vulnerability, () => ({ closingDate: state.modifiedDate })),
    };
  });
  auditBulk('vulnerabilities.close', finding.id, result);
  return result;
};
