import {
  getAllFindingVulnerabilities,
  getFindings,
  getGroupFindings,
  getVulnerabilities,
  nextModifiedDate,
  updateFindingState,
  updateFindingVerification,
  updateVulnerabilityStates,
  type Finding,
  type Vulnerability,
  type VulnerabilityStateChanges,
} from '@integrates/db-model';
import { collect } from '@integrates/multitasking';
import { retryOnConflict } from './retry-on-conflict';

const maskVulnerability = (vulnerability: Vulnerability, by: string): Promise<void> =>
  retryOnConflict(
    vulnerability,
    async () => (await getVulnerabilities([vulnerability.id]))[0],
    async (current) => {
      if (current.state.status === 'MASKED') return;
      const pendingVerification = current.verification && current.verification.status !== 'VERIFIED' && current.verification.status !== 'MASKED';
      const changes: VulnerabilityStateChanges = {
        state: { ...current.state, status: 'MASKED', modifiedBy: by, modifiedDate: nextModifiedDate(current.state.modifiedDate) },
        ...(pendingVerification && current.verification
          ? { verification: { ...current.verification, status: 'MASKED', modifiedBy: by, modifiedDate: nextModifiedDate(current.verification.modifiedDate) } }
          : {}),
      };
      await updateVulnerabilityStates(current, changes);
    },
    undefined,
  );

const maskFinding = (finding: Finding, by: string): Promise<void> =>
  retryOnConflict(
    finding,
    async () => (await getFindings([finding.id]))[0],
    async (current) => {
      const masked =
        current.state.status === 'MASKED'
          ? current
          : await updateFindingState(current, { ...current.state, status: 'MASKED', modifiedBy: by, modifiedDate: nextModifiedDate(current.state.modifiedDate) });
      const verification = masked.verification;
      if (verification && verification.status !== 'VERIFIED' && verification.status !== 'MASKED') {
        await updateFindingVerification(masked, { ...verification, status: 'MASKED', modifiedBy: by, modifiedDate: nextModifiedDate(verification.modifiedDate) });
      }
    },
    undefined,
  );

/**
 * Masks what a removed group held: every vulnerability of every finding (state MASKED, a pending
 * re-attack MASKED too), then the finding itself. Nothing is deleted: each change keeps its history.
 * Returns how many findings and vulnerabilities it masked. Already masked ones are left alone, so a
 * retry after a failure finishes the job.
 */
export const maskGroupContent = async (groupName: string, by: string): Promise<{ findings: number; vulnerabilities: number }> => {
  const findings = await getGroupFindings(groupName);
  const counts = await collect(
    findings.map((finding) => async () => {
      const vulnerabilities = (await getAllFindingVulnerabilities(finding.id)).filter((vulnerability) => vulnerability.state.status !== 'MASKED');
      await collect(vulnerabilities.map((vulnerability) => () => maskVulnerability(vulnerability, by)), { workers: 16 });
      if (finding.state.status !== 'MASKED') await maskFinding(finding, by);
      return vulnerabilities.length;
    }),
    { workers: 4 },
  );
  return { findings: findings.length, vulnerabilities: counts.reduce((sum, count) => sum + count, 0) };
};
