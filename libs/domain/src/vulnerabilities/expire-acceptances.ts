import { getAllOrganizations, getFindings, type Vulnerability, type VulnerabilityTreatment } from '@integrates/db-model';
import { audit, getLogger } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';
import { withIndicators } from '../indicators/vulnerability-indicators';
import { applyOne, runBulk, stamp } from './bulk';

const log = getLogger('acceptance-expiry');
/** Who the history names as the author of an expiry. */
export const EXPIRY_ACTOR = 'integrates@fluidattacks.com';
const PAGE = 1000;

const lapsed = (vulnerability: Vulnerability, now: number): boolean =>
  vulnerability.state.status === 'VULNERABLE' &&
  vulnerability.treatment?.status === 'ACCEPTED' &&
  (vulnerability.treatment.acceptedUntil === undefined || Date.parse(vulnerability.treatment.acceptedUntil) < now);

/** A group's open, temporarily accepted vulnerabilities, through the group listing index. */
const acceptedInGroup = async (context: DomainContext, groupName: string): Promise<readonly Vulnerability[]> => {
  const found: Vulnerability[] = [];
  for (const zeroRisk of [false, true]) {
    let after: string | undefined;
    do {
      const page = await context.loaders.groupVulnerabilities.load({
        groupName,
        filters: { zeroRisk, state: 'VULNERABLE', treatment: 'ACCEPTED' },
        page: { first: PAGE, ...(after ? { after } : {}) },
      });
      found.push(...page.edges.map((edge) => edge.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
  }
  return found;
};

export interface ExpiryReport {
  readonly expired: number;
  readonly failed: number;
}

/**
 * Returns temporary acceptances whose date has passed to UNTREATED, across every active group (the
 * original's scheduled reset_expired_accepted_findings). Safe to run at any time and concurrently with
 * users: each vulnerability changes under optimistic locking and is re-checked on a fresh read.
 */
export const expireTemporaryAcceptances = async (context: DomainContext, now: number = Date.now()): Promise<ExpiryReport> => {
  const organizations = (await getAllOrganizations()).filter((organization) => organization.state.status === 'ACTIVE');
  const groups = (await Promise.all(organizations.map((organization) => context.loaders.organizationGroups.load(organization.id))))
    .flat()
    .filter((group) => group.state.status === 'ACTIVE');
  const expiring = (await collect(groups.map((group) => () => acceptedInGroup(context, group.name)), { workers: 4 }))
    .flat()
    .filter((vulnerability) => lapsed(vulnerability, now));
  const byFinding = expiring.reduce(
    (groups, vulnerability) => groups.set(vulnerability.findingId, [...(groups.get(vulnerability.findingId) ?? []), vulnerability]),
    new Map<string, readonly Vulnerability[]>(),
  );
  const reports = await collect(
    [...byFinding.entries()].map(([findingId, vulnerabilities]) => async () => {
      const [finding] = await getFindings([findingId]);
      if (!finding || finding.state.status !== 'CREATED') return { expired: 0, failed: 0 };
      const result = await runBulk(context, finding, vulnerabilities.map((vulnerability) => vulnerability.id), (id) =>
        applyOne(context, finding, id, (vulnerability) => {
          if (!lapsed(vulnerability, now)) return { changes: {} };
          const treatment: VulnerabilityTreatment = {
            status: 'UNTREATED',
            justification: 'The temporary acceptance expired',
            ...stamp(EXPIRY_ACTOR, vulnerability.treatment, now),
          };
          return { changes: { treatment }, indicators: withIndicators(vulnerability, (i) => ({ treatmentChanges: i.treatmentChanges + 1 })) };
        }),
      );
      if (result.updated.length > 0) {
        audit({
          actor: EXPIRY_ACTOR,
          action: 'vulnerabilities.acceptance.expire',
          object: `FIN#${findingId}`,
          outcome: 'allowed',
          details: { vulnerabilities: result.updated.map((vulnerability) => vulnerability.id) },
        });
      }
      return { expired: result.updated.length, failed: result.failed.length };
    }),
    { workers: 4 },
  );
  const report = reports.reduce((sum, one) => ({ expired: sum.expired + one.expired, failed: sum.failed + one.failed }), { expired: 0, failed: 0 });
  if (report.expired > 0 || report.failed > 0) log.info('Expired temporary acceptances', { ...report });
  return report;
};
