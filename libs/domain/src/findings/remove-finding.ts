import {
  ConcurrentModificationError,
  getAllFindingVulnerabilities,
  getFindings,
  updateFindingState,
  updateVulnerabilityStates,
  type Vulnerability,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { collect, retry } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { loadFindingVulnerability, stamp } from '../vulnerabilities/bulk';
import { removedState } from '../vulnerabilities/removal';
import { InvalidRemovalJustificationError } from './errors';
import { loadActiveFinding } from './visibility';

export const FINDING_REMOVAL_JUSTIFICATIONS = ['DUPLICATED', 'FALSE_POSITIVE', 'NOT_REQUIRED'] as const;
export type FindingRemovalJustification = (typeof FINDING_REMOVAL_JUSTIFICATIONS)[number];

const onConflict = { retries: 3, backoff: 10, jitter: 1, retryOn: (error: unknown) => error instanceof ConcurrentModificationError };

/**
 * Removes a finding: first its vulnerabilities (DELETED with the same justification, each keeping its
 * history), then the finding itself. If it stops half-way, the finding is still there and a second
 * call finishes the job.
 */
export const removeFinding = async (context: DomainContext, findingId: string, justification: string): Promise<void> => {
  const viewer = requireViewer(context);
  if (!FINDING_REMOVAL_JUSTIFICATIONS.includes(justification as FindingRemovalJustification)) {
    throw new InvalidRemovalJustificationError(FINDING_REMOVAL_JUSTIFICATIONS);
  }
  const finding = await loadActiveFinding(context, findingId);
  const remaining = (await getAllFindingVulnerabilities(finding.id)).filter(
    (vulnerability) => vulnerability.state.status !== 'DELETED' && vulnerability.state.status !== 'MASKED',
  );
  const removeOne = (vulnerability: Vulnerability) =>
    retry(async (attempt) => {
      if (attempt > 1) context.loaders.vulnerability.clear(vulnerability.id);
      const current = attempt === 1 ? vulnerability : await loadFindingVulnerability(context, finding, vulnerability.id);
      if (current.state.status === 'DELETED' || current.state.status === 'MASKED') return;
      await updateVulnerabilityStates(current, { state: removedState(current.state, justification, viewer.email) });
      context.loaders.vulnerability.clear(current.id);
    }, onConflict);
  await collect(remaining.map((vulnerability) => () => removeOne(vulnerability)), { workers: 16 });

  await retry(async (attempt) => {
    const current = attempt === 1 ? finding : (await getFindings([finding.id]))[0];
    if (!current || current.state.status !== 'CREATED') return;
    await updateFindingState(current, { ...current.state, status: 'DELETED', justification, ...stamp(viewer.email, current.state) });
  }, onConflict);
  context.loaders.finding.clear(finding.id);
  context.loaders.groupFindings.clear(finding.groupName);
  context.loaders.findingVulnerabilities.clearAll();
  context.loaders.groupVulnerabilities.clearAll();
  audit({
    action: 'finding.remove',
    object: `FIN#${finding.id}`,
    outcome: 'allowed',
    details: { justification, vulnerabilities: remaining.length },
  });
};
