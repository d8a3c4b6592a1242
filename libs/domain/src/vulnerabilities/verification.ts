import {
  ConcurrentModificationError,
  getFindings,
  isReleased,
  isZeroRisk,
  updateFindingVerification,
  type Finding,
  type FindingVerification,
  type Vulnerability,
  type VulnerabilityState,
  type VulnerabilityVerification,
} from '@integrates/db-model';
import { retry } from '@integrates/multitasking';
import { writeFindingComment } from '../comments/finding-comments';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { JUSTIFICATION_MIN, validJustification } from '../findings/fields';
import { loadActiveFinding } from '../findings/visibility';
import { efficacyOf, withIndicators } from '../indicators/vulnerability-indicators';
import { applyToVulnerabilities, auditBulk, requireIds, runBulk, applyOne, stamp, type BulkResult } from './bulk';
import {
  AlreadyRequestedError,
  NotVerificationRequestedError,
  RepeatedVulnerabilitiesError,
  VerificationOnHoldError,
  VulnerabilityAlreadyClosedError,
  VulnerabilityNotReleasedError,
  ZeroRiskVulnerabilityError,
} from './errors';
import { location } from './state-fields';

/** verifyVulnerabilitiesRequest's justification, as the original: 11 to 10,000 characters. */
export const VERIFY_JUSTIFICATION_MIN = JUSTIFICATION_MIN + 1;

/** Records the re-attack on the finding itself (its verification map), retrying on a concurrent change. */
const recordOnFinding = (context: DomainContext, findingId: string, next: (finding: Finding) => FindingVerification): Promise<void> =>
  retry(
    async () => {
      const [finding] = await getFindings([findingId]);
      if (!finding) return;
      const updated = await updateFindingVerification(finding, next(finding));
      context.loaders.finding.clear(findingId).prime(findingId, updated);
      context.loaders.findingHistoricVerification.clear(updated);
    },
    { retries: 5, backoff: 10, jitter: 1, retryOn: (error) => error instanceof ConcurrentModificationError },
  );

const requireReattackable = (vulnerability: Vulnerability): void => {
  if (!isReleased(vulnerability.state.status)) throw new VulnerabilityNotReleasedError({ id: vulnerability.id });
  if (vulnerability.state.status === 'SAFE') throw new VulnerabilityAlreadyClosedError({ id: vulnerability.id });
  if (isZeroRisk(vulnerability)) throw new ZeroRiskVulnerabilityError({ id: vulnerability.id });
};

/**
 * Asks for a re-attack of open, released vulnerabilities: each one's verification becomes REQUESTED
 * (not twice, not while on hold), the justification is posted as a VERIFICATION comment, and the
 * finding's verification records the request.
 */
export const requestVulnerabilitiesVerification = async (
  context: DomainContext,
  findingId: string,
  justificationText: string,
  ids: readonly string[],
): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const justification = validJustification(justificationText);
  const finding = await loadActiveFinding(context, findingId);
  const result = await applyToVulnerabilities(context, finding, requireIds('vulnerabilities', ids), (vulnerability) => {
    requireReattackable(vulnerability);
    if (vulnerability.verification?.status === 'REQUESTED') throw new AlreadyRequestedError({ id: vulnerability.id });
    if (vulnerability.verification?.status === 'ON_HOLD') throw new VerificationOnHoldError({ id: vulnerability.id });
    const verification: VulnerabilityVerification = { status: 'REQUESTED', justification, ...stamp(viewer.email, vulnerability.verification) };
    return {
      changes: { verification },
      indicators: withIndicators(vulnerability, (indicators) => ({
        reattackCycles: indicators.reattackCycles + 1,
        lastRequestedReattackDate: verification.modifiedDate,
        lastReattackRequester: viewer.email,
      })),
    };
  });
  if (result.updated.length > 0) {
    const comment = await writeFindingComment(context, finding, 'VERIFICATION', justification);
    await recordOnFinding(context, finding.id, (current) => ({
      status: 'REQUESTED',
      commentId: comment.id,
      vulnerabilityIds: result.updated.map((vulnerability) => vulnerability.id),
      ...stamp(viewer.email, current.verification),
    }));
  }
  auditBulk('vulnerabilities.verification.request', finding.id, result);
  return result;
};

/**
 * Reports a re-attack: every named vulnerability must have been requested; those in `closedIds` were
 * found fixed and become SAFE, those in `openIds` stay VULNERABLE; all become VERIFIED.
 */
export const verifyVulnerabilitiesRequest = async (
  context: DomainContext,
  findingId: string,
  justificationText: string,
  openIds: readonly string[],
  closedIds: readonly string[],
): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const justification = validJustification(justificationText, VERIFY_JUSTIFICATION_MIN);
  const open = openIds.length > 0 ? requireIds('openVulnerabilities', openIds) : [];
  const closed = closedIds.length > 0 ? requireIds('closedVulnerabilities', closedIds) : [];
  const all = requireIds('openVulnerabilities and closedVulnerabilities', [...open, ...closed]);
  const both = open.filter((id) => closed.includes(id));
  if (both.length > 0) throw new RepeatedVulnerabilitiesError(both);
  const finding = await loadActiveFinding(context, findingId);

  const result = await runBulk(context, finding, all, (id) =>
    applyOne(context, finding, id, (vulnerability) => {
      requireReattackable(vulnerability);
      if (vulnerability.verification?.status !== 'REQUESTED') throw new NotVerificationRequestedError({ id });
      const isClosed = closed.includes(id);
      const verification: VulnerabilityVerification = { status: 'VERIFIED', justification, ...stamp(viewer.email, vulnerability.verification) };
      const state: VulnerabilityState | undefined = isClosed
        ? { ...location(vulnerability.state), status: 'SAFE', ...stamp(viewer.email, vulnerability.state) }
        : undefined;
      return {
        changes: { verification, ...(state ? { state } : {}) },
        indicators: withIndicators(vulnerability, (indicators) => {
          const closedByReattack = indicators.closedByReattack + (isClosed ? 1 : 0);
          const reattacksVerified = indicators.reattacksVerified + 1;
          return {
            lastReattackDate: verification.modifiedDate,
            closedByReattack,
            reattacksVerified,
            efficacy: efficacyOf(closedByReattack, reattacksVerified),
            ...(state ? { closingDate: state.modifiedDate } : {}),
          };
        }),
      };
    }),
  );
  if (result.updated.length > 0) {
    const comment = await writeFindingComment(context, finding, 'VERIFICATION', justification);
    await recordOnFinding(context, finding.id, (current) => ({
      status: 'VERIFIED',
      commentId: comment.id,
      vulnerabilityIds: result.updated.map((vulnerability) => vulnerability.id),
      ...stamp(viewer.email, current.verification),
    }));
  }
  auditBulk('vulnerabilities.verification.verify', finding.id, result);
  return result;
};
