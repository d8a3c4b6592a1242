import { ConcurrentModificationError, isReleased, isZeroRisk, type Vulnerability, type VulnerabilityZeroRisk, type ZeroRiskStatus } from '@integrates/db-model';
import { writeFindingComment } from '../comments/finding-comments';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { validJustification } from '../findings/fields';
import { loadActiveFinding } from '../findings/visibility';
import { applyToVulnerabilities, auditBulk, loadFindingVulnerability, requireIds, stamp, type BulkResult } from './bulk';
import { AlreadyZeroRiskRequestedError, NotZeroRiskRequestedError, VulnerabilityAlreadyClosedError, VulnerabilityNotReleasedError } from './errors';

/**
 * One zero-risk step over the named vulnerabilities: `check` refuses those it does not apply to, the
 * rest move to `status` with a ZERO_RISK comment carrying the justification (written once, if any moved).
 */
const zeroRiskStep = async (
  context: DomainContext,
  input: { readonly findingId: string; readonly justification: string; readonly ids: readonly string[] },
  status: ZeroRiskStatus,
  check: (vulnerability: Vulnerability) => void,
): Promise<BulkResult> => {
  const viewer = requireViewer(context);
  const justification = validJustification(input.justification);
  const finding = await loadActiveFinding(context, input.findingId);
  const ids = requireIds('vulnerabilities', input.ids);
  // The zero-risk map names its comment, so the comment comes first; it is written only when some
  // vulnerability passes the checks now (a concurrent change may still refuse it at commit).
  const applicable = await Promise.all(
    ids.map(async (id) => {
      try {
        check(await loadFindingVulnerability(context, finding, id));
        return true;
      } catch {
        return false;
      }
    }),
  );
  const commentId = applicable.includes(true) ? (await writeFindingComment(context, finding, 'ZERO_RISK', justification)).id : undefined;
  const result = await applyToVulnerabilities(context, finding, ids, (vulnerability) => {
    check(vulnerability);
    if (!commentId) throw new ConcurrentModificationError('vulnerability_metadata', vulnerability.id);
    const zeroRisk: VulnerabilityZeroRisk = { status, commentId, ...stamp(viewer.email, vulnerability.zeroRisk) };
    return { changes: { zeroRisk } };
  });
  auditBulk(`vulnerabilities.zero_risk.${status.toLowerCase()}`, finding.id, result);
  return result;
};

/** Asks that open, released vulnerabilities be considered zero risk: they leave counts and indicators. */
export const requestVulnerabilitiesZeroRisk = (context: DomainContext, findingId: string, justification: string, ids: readonly string[]) =>
  zeroRiskStep(context, { findingId, justification, ids }, 'REQUESTED', (vulnerability) => {
    if (!isReleased(vulnerability.state.status)) throw new VulnerabilityNotReleasedError({ id: vulnerability.id });
    if (vulnerability.state.status === 'SAFE') throw new VulnerabilityAlreadyClosedError({ id: vulnerability.id });
    if (isZeroRisk(vulnerability)) throw new AlreadyZeroRiskRequestedError({ id: vulnerability.id });
  });

const requireRequested = (vulnerability: Vulnerability): void => {
  if (vulnerability.zeroRisk?.status !== 'REQUESTED') throw new NotZeroRiskRequestedError({ id: vulnerability.id });
};

/** Confirms requested zero risk: the vulnerabilities stay out of counts and indicators. */
export const confirmVulnerabilitiesZeroRisk = (context: DomainContext, findingId: string, justification: string, ids: readonly string[]) =>
  zeroRiskStep(context, { findingId, justification, ids }, 'CONFIRMED', requireRequested);

/** Rejects requested zero risk: the vulnerabilities count again. */
export const rejectVulnerabilitiesZeroRisk = (context: DomainContext, findingId: string, justification: string, ids: readonly string[]) =>
  zeroRiskStep(context, { findingId, justification, ids }, 'REJECTED', requireRequested);
