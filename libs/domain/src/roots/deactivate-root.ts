import {
  getRootVulnerabilities,
  getVulnerabilities,
  nextModifiedDate,
  updateVulnerabilityStates,
  type Vulnerability,
} from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import { refreshFindingIndicators, withIndicators } from '../indicators';
import { retryOnConflict } from '../groups/retry-on-conflict';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { checkFreeText, checkLength } from '../groups/field-validations';
import { clearRootLoaders, loadRoot } from './root-rules';
import { setRootInactive } from './root-status';

export const ROOT_DEACTIVATION_REASONS = ['OTHER', 'OUT_OF_SCOPE', 'REGISTERED_BY_MISTAKE'] as const;
export type RootDeactivationReason = (typeof ROOT_DEACTIVATION_REASONS)[number];

/** An open vulnerability of a root taken out of scope is closed as SAFE, with the reason EXCLUSION. */
const closeByExclusion = (vulnerability: Vulnerability, by: string): Promise<Vulnerability | undefined> =>
  retryOnConflict(
    vulnerability,
    async () => (await getVulnerabilities([vulnerability.id]))[0],
    async (current) => {
      if (current.state.status !== 'VULNERABLE') return undefined;
      const modifiedDate = nextModifiedDate(current.state.modifiedDate);
      return updateVulnerabilityStates(
        current,
        { state: { ...current.state, status: 'SAFE', source: 'ASM', reasons: ['EXCLUSION'], modifiedBy: by, modifiedDate } },
        withIndicators(current, () => ({ closingDate: modifiedDate })),
      );
    },
    undefined,
  );

/**
 * Takes a root out of scope: its open vulnerabilities are closed (SAFE, reason EXCLUSION), then the
 * root becomes INACTIVE with the reason. Returns how many vulnerabilities it closed.
 */
export const deactivateRoot = async (
  context: DomainContext,
  input: { readonly groupName: string; readonly id: string; readonly reason: RootDeactivationReason; readonly other?: string | undefined },
): Promise<number> => {
  const viewer = requireViewer(context);
  const other = input.reason === 'OTHER' ? input.other?.trim() : undefined;
  checkFreeText(other);
  checkLength('other', other, { max: 250 });
  const root = await loadRoot(context, input.groupName, input.id);
  const open = (await getRootVulnerabilities(root.id)).filter((vulnerability) => vulnerability.state.status === 'VULNERABLE');
  const closed = (await collect(open.map((vulnerability) => () => closeByExclusion(vulnerability, viewer.email)), { workers: 16 })).filter(
    (vulnerability): vulnerability is Vulnerability => vulnerability !== undefined,
  );
  for (const vulnerability of open) context.loaders.vulnerability.clear(vulnerability.id);
  context.loaders.rootVulnerabilities.clear(root.id);
  // The findings' indicators (open and closed counts, status) follow what was closed.
  const findingIds = [...new Set(closed.map((vulnerability) => vulnerability.findingId))];
  await collect(
    findingIds.map((findingId) => () => refreshFindingIndicators(context, findingId, closed.filter((vulnerability) => vulnerability.findingId === findingId))),
    { workers: 4 },
  );
  if (root.state.status !== 'INACTIVE') await setRootInactive(root, { reason: input.reason, other, by: viewer.email });
  clearRootLoaders(context, root);
  const count = closed.length;
  audit({ action: 'root.deactivate', object: `ROOT#${root.id}`, outcome: 'allowed', details: { group: root.groupName, reason: input.reason, closedVulnerabilities: count } });
  return count;
};
