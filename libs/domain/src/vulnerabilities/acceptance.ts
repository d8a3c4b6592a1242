import type { Vulnerability, VulnerabilityTreatment } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { validJustification } from '../findings/fields';
import { loadActiveFinding } from '../findings/visibility';
import { withIndicators } from '../indicators/vulnerability-indicators';
import { applyOne, auditBulk, requireIds, runBulk, stamp, type BulkResult } from './bulk';
import { AcceptanceNotRequestedError, RepeatedVulnerabilitiesError } from './errors';
import { requireOpenReleased } from './treatment';

/** A permanent acceptance waiting for a manager's decision (or rejected, with the restore not done yet). */
const isPendingAcceptance = (treatment: VulnerabilityTreatment | undefined): boolean =>
  treatment?.status === 'ACCEPTED_UNDEFINED' && (treatment.acceptanceStatus === 'SUBMITTED' || treatment.acceptanceStatus === 'REJECTED');

/**
 * The treatment a rejected permanent acceptance returns to: the last one before the request, skipping
 * pending or rejected requests; a temporary acceptance that has lapsed since, or none at all, is UNTREATED.
 */
export const treatmentBeforeRequest = (
  history: readonly VulnerabilityTreatment[],
  now: number,
): Pick<VulnerabilityTreatment, 'status' | 'acceptedUntil' | 'assigned' | 'justification' | 'acceptanceStatus'> => {
  const previous = [...history].reverse().find((entry) => !isPendingAcceptance(entry));
  if (!previous || (previous.status === 'ACCEPTED' && (previous.acceptedUntil === undefined || Date.parse(previous.acceptedUntil) <= now))) {
    return { status: 'UNTREATED' };
  }
  return {
    status: previous.status,
    ...(previous.acceptedUntil ? { acceptedUntil: previous.acceptedUntil } : {}),
    ...(previous.assigned ? { assigned: previous.assigned } : {}),
    ...(previous.justification ? { justification: previous.justification } : {}),
    ...(previous.acceptanceStatus ? { acceptanceStatus: previous.acceptanceStatus } : {}),
  };
};

/**
 * Approves or rejects permanent acceptances (ACCEPTED_UNDEFINED) awaiting a decision. An approval keeps
 * the assignee; a rejection is recorded (acceptance REJECTED) and then the previous treatment is
 * restored, each its own history entry. A rejection interrupted between the two finishes on a retry.
 */
export const handleVulnerabilitiesAcceptance = async (
  context: DomainContext,
  findingId: string,
  acceptedIds: readonly string[],
  rejectedIds: readonly string[],
  justificationText: string,
  now: number = Date.now(),
): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const justification = validJustification(justificationText);
  const accepted = acceptedIds.length > 0 ? requireIds('acceptedVulnerabilities', acceptedIds) : [];
  const rejected = rejectedIds.length > 0 ? requireIds('rejectedVulnerabilities', rejectedIds) : [];
  requireIds('acceptedVulnerabilities and rejectedVulnerabilities', [...accepted, ...rejected]);
  const both = accepted.filter((id) => rejected.includes(id));
  if (both.length > 0) throw new RepeatedVulnerabilitiesError(both);
  const finding = await loadActiveFinding(context, findingId);

  const approve = (id: string) =>
    applyOne(context, finding, id, (vulnerability) => {
      requireOpenReleased(vulnerability);
      const current = vulnerability.treatment;
      if (!current || current.status !== 'ACCEPTED_UNDEFINED' || current.acceptanceStatus !== 'SUBMITTED') {
        throw new AcceptanceNotRequestedError({ id });
      }
      const treatment: VulnerabilityTreatment = { ...current, acceptanceStatus: 'APPROVED', justification, ...stamp(viewer.email, current, now) };
      return { changes: { treatment }, indicators: withIndicators(vulnerability, (i) => ({ treatmentChanges: i.treatmentChanges + 1 })) };
    });

  const reject = async (id: string): Promise<Vulnerability> => {
    const recorded = await applyOne(context, finding, id, (vulnerability) => {
      requireOpenReleased(vulnerability);
      const current = vulnerability.treatment;
      if (!current || !isPendingAcceptance(current)) throw new AcceptanceNotRequestedError({ id });
      if (current.acceptanceStatus === 'REJECTED') return { changes: {} };
      const treatment: VulnerabilityTreatment = { ...current, acceptanceStatus: 'REJECTED', justification, ...stamp(viewer.email, current, now) };
      return { changes: { treatment } };
    });
    context.loaders.vulnerabilityHistoricTreatment.clear(recorded);
    return applyOne(context, finding, id, async (vulnerability) => {
      const current = vulnerability.treatment;
      if (!current || current.status !== 'ACCEPTED_UNDEFINED' || current.acceptanceStatus !== 'REJECTED') throw new AcceptanceNotRequestedError({ id });
      const history = await context.loaders.vulnerabilityHistoricTreatment.load(vulnerability);
      const restored = treatmentBeforeRequest(history, now);
      const treatment: VulnerabilityTreatment = { ...restored, ...stamp(viewer.email, current, now) };
      return { changes: { treatment }, indicators: withIndicators(vulnerability, (i) => ({ treatmentChanges: i.treatmentChanges + 1 })) };
    });
  };

  const result = await runBulk(context, finding, [...accepted, ...rejected], (id) => (accepted.includes(id) ? approve(id) : reject(id)));
  auditBulk('vulnerabilities.acceptance.handle', finding.id, result);
  return result;
};
