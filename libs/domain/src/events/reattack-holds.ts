import {
  ConcurrentModificationError,
  getFindings,
  updateFindingVerification,
  type Event,
  type Finding,
  type FindingVerification,
  type Vulnerability,
  type VulnerabilityVerification,
} from '@integrates/db-model';
import { AccessDeniedError, IntegratesError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { retry } from '@integrates/multitasking';
import { writeFindingComment } from '../comments/finding-comments';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { efficacyOf, withIndicators } from '../indicators/vulnerability-indicators';
import { applyOne, MAX_VULNERABILITIES_PER_CALL, requireIds, runBulk, stamp, type VulnerabilityChange } from '../vulnerabilities/bulk';
import {
  HoldVerificationNotRequestedError,
  HoldVulnerabilityAlreadyOnHoldError,
  HoldVulnerabilityClosedError,
  HoldVulnerabilityNotFoundError,
  HoldVulnerabilityNotReleasedError,
} from './hold-errors';
import { loadEvent, requireUnsolved } from './load-event';

/** The most vulnerabilities one call may put on hold. */
export const MAX_HOLD_VULNERABILITIES = MAX_VULNERABILITIES_PER_CALL;

export interface HoldInput {
  readonly eventId: string;
  readonly findingId: string;
  readonly groupName: string;
  readonly vulnerabilityIds: readonly string[];
}

/** What solving an event did to the re-attacks held behind it. */
export interface ReleasedReattacks {
  /** Still open: their re-attack is requested again. */
  readonly requested: readonly string[];
  /** Already closed: their re-attack is verified. */
  readonly verified: readonly string[];
}

const isHeldBy = (event: Event) => (vulnerability: Vulnerability): boolean =>
  vulnerability.groupName === event.groupName &&
  vulnerability.verification?.status === 'ON_HOLD' &&
  vulnerability.verification.eventId === event.id;

/** The re-attacks on hold behind the event (the original's `affectedReattacks`). */
export const heldReattacks = async (context: DomainContext, event: Event): Promise<readonly Vulnerability[]> =>
  (await context.loaders.eventVulnerabilities.load(event.id)).filter(isHeldBy(event));

const loadGroupFinding = async (context: DomainContext, groupName: string, findingId: string): Promise<Finding> => {
  const finding = findingId.includes('#') ? undefined : await context.loaders.finding.load(findingId.trim());
  // A finding of another group, a removed one and a missing one all look forbidden.
  if (!finding || finding.groupName !== groupName || finding.state.status !== 'CREATED') throw new AccessDeniedError({ findingId });
  return finding;
};

/** Refuses a vulnerability whose re-attack cannot be put on hold, naming it. */
const checkHoldable = (finding: Finding, id: string, vulnerability: Vulnerability | undefined): Vulnerability => {
  if (!vulnerability || vulnerability.findingId !== finding.id || vulnerability.groupName !== finding.groupName) {
    throw new HoldVulnerabilityNotFoundError(id);
  }
  const { status } = vulnerability.state;
  if (status === 'SAFE') throw new HoldVulnerabilityClosedError(id);
  if (status !== 'VULNERABLE') throw new HoldVulnerabilityNotReleasedError(id);
  if (vulnerability.verification?.status === 'ON_HOLD') throw new HoldVulnerabilityAlreadyOnHoldError(id);
  if (vulnerability.verification?.status !== 'REQUESTED') throw new HoldVerificationNotRequestedError(id);
  return vulnerability;
};

/** Some vulnerabilities changed under the call after they were checked; the others were held. */
export class HoldPartlyRefusedError extends IntegratesError {
  constructor(failed: readonly { readonly id: string; readonly message: string }[]) {
    super('HOLD_PARTLY_REFUSED', `Exception - Some re-attacks changed meanwhile and were not put on hold: ${failed.map((f) => `${f.id} (${f.message})`).join('; ')}`, {
      failed,
    });
  }
}

/**
 * Records the step on the finding as the original does: a VERIFICATION comment saying why, and the
 * finding's verification map (status, that comment, the vulnerabilities).
 */
const recordOnFinding = async (
  context: DomainContext,
  finding: Finding,
  status: FindingVerification['status'],
  vulnerabilityIds: readonly string[],
  justification: string,
): Promise<void> => {
  const { email } = requireViewer(context);
  const comment = await writeFindingComment(context, finding, 'VERIFICATION', justification);
  await retry(
    async () => {
      const [current] = await getFindings([finding.id]);
      if (!current) return;
      const verification: FindingVerification = {
        status,
        commentId: comment.id,
        vulnerabilityIds,
        ...stamp(email, current.verification),
      };
      const updated = await updateFindingVerification(current, verification);
      context.loaders.finding.clear(finding.id).prime(finding.id, updated);
      context.loaders.findingHistoricVerification.clear(updated);
    },
    { retries: 5, backoff: 10, jitter: 1, retryOn: (error) => error instanceof ConcurrentModificationError },
  );
};

/**
 * Puts requested re-attacks ON_HOLD behind an unsolved event. Every named vulnerability must be an open
 * vulnerability of the finding whose re-attack is REQUESTED; one that is not refuses the whole call
 * before anything is written.
 */
export const requestVulnerabilitiesHold = async (context: DomainContext, input: HoldInput): Promise<readonly Vulnerability[]> => {
  const { email } = requireViewer(context);
  const event = requireUnsolved(await loadEvent(context, input.groupName, input.eventId));
  const finding = await loadGroupFinding(context, event.groupName, input.findingId);
  const ids = requireIds('vulnerabilities', input.vulnerabilityIds, MAX_HOLD_VULNERABILITIES);
  const found = await context.loaders.vulnerability.loadMany(ids.filter((id) => !id.includes('#')));
  const byId = new Map(found.flatMap((v) => (v && !(v instanceof Error) ? [[v.id, v] as const] : [])));
  ids.forEach((id) => checkHoldable(finding, id, byId.get(id)));

  const result = await runBulk(context, finding, ids, (id) =>
    applyOne(context, finding, id, (vulnerability): VulnerabilityChange => {
      const current = checkHoldable(finding, id, vulnerability);
      const verification: VulnerabilityVerification = { status: 'ON_HOLD', eventId: event.id, ...stamp(email, current.verification) };
      return { changes: { verification } };
    }),
  );
  if (result.updated.length > 0) {
    await recordOnFinding(context, finding, 'ON_HOLD', result.updated.map((v) => v.id), `These reattacks have been put on hold because of Event #${event.id}`);
  }
  context.loaders.eventVulnerabilities.clear(event.id);
  audit({
    action: 'vulnerabilities.hold',
    object: `FIN#${finding.id}`,
    outcome: 'allowed',
    details: { eventId: event.id, groupName: event.groupName, updated: result.updated.map((v) => v.id), failed: result.failed.map((f) => f.id) },
  });
  if (result.failed.length > 0) throw new HoldPartlyRefusedError(result.failed);
  return result.updated;
};

type Release = 'REQUESTED' | 'VERIFIED';

export class ReleaseFailedError extends IntegratesError {
  constructor(eventId: string, failed: readonly { readonly id: string; readonly message: string }[]) {
    super('RELEASE_FAILED', `Exception - The event was not solved: these held re-attacks could not be released, please retry: ${failed.map((f) => `${f.id} (${f.message})`).join('; ')}`, {
      eventId,
      failed,
    });
  }
}

/** The change that releases one held re-attack, or none when it is no longer held (or neither open nor closed). */
const releaseOf = (event: Event, email: string, vulnerability: Vulnerability): { readonly kind?: Release; readonly change: VulnerabilityChange } => {
  const { status } = vulnerability.state;
  if (!isHeldBy(event)(vulnerability) || (status !== 'VULNERABLE' && status !== 'SAFE')) return { change: { changes: {} } };
  const kind: Release = status === 'VULNERABLE' ? 'REQUESTED' : 'VERIFIED';
  const verification: VulnerabilityVerification = { status: kind, ...stamp(email, vulnerability.verification) };
  const indicators =
    kind === 'REQUESTED'
      ? withIndicators(vulnerability, () => ({ lastRequestedReattackDate: verification.modifiedDate }))
      : withIndicators(vulnerability, (current) => {
          // Found closed when the event let the re-attack go on: it counts as a re-attack that closed it.
          const closedByReattack = current.closedByReattack + 1;
          const reattacksVerified = current.reattacksVerified + 1;
          return { lastReattackDate: verification.modifiedDate, closedByReattack, reattacksVerified, efficacy: efficacyOf(closedByReattack, reattacksVerified) };
        });
  return { kind, change: { changes: { verification }, indicators } };
};

const JUSTIFICATIONS: Readonly<Record<Release, (eventId: string) => string>> = {
  REQUESTED: (eventId) => `Event #${eventId} was solved. The reattacks are back to the Requested stage.`,
  VERIFIED: (eventId) => `Event #${eventId} was solved. As these vulnerabilities were closed, the reattacks are set to Verified.`,
};

const releaseInFinding = async (context: DomainContext, event: Event, finding: Finding, ids: readonly string[]): Promise<ReadonlyMap<string, Release>> => {
  const { email } = requireViewer(context);
  const kinds = new Map<string, Release>();
  const result = await runBulk(context, finding, ids, (id) =>
    applyOne(context, finding, id, (vulnerability) => {
      const { kind, change } = releaseOf(event, email, vulnerability);
      if (kind) kinds.set(id, kind);
      else kinds.delete(id);
      return change;
    }),
  );
  const written = new Set(result.updated.map((vulnerability) => vulnerability.id));
  const released = new Map([...kinds].filter(([id]) => written.has(id)));
  for (const kind of ['REQUESTED', 'VERIFIED'] as const) {
    const releasedIds = ids.filter((id) => released.get(id) === kind);
    if (releasedIds.length > 0) await recordOnFinding(context, finding, kind, releasedIds, JUSTIFICATIONS[kind](event.id));
  }
  // The event stays unsolved while a held re-attack could not be released, so that solving it again finishes the job.
  if (result.failed.length > 0) throw new ReleaseFailedError(event.id, result.failed);
  return released;
};

/**
 * On solving an event: held re-attacks of open vulnerabilities are requested again (the event id is
 * dropped), those of closed ones are verified, and each finding gets the original's comment. Held
 * vulnerabilities in any other state are left as they are, as in the original.
 */
export const releaseHeldReattacks = async (context: DomainContext, event: Event): Promise<ReleasedReattacks> => {
  const held = await heldReattacks(context, event);
  const findingIds = [...new Set(held.map((vulnerability) => vulnerability.findingId))];
  const released = new Map<string, Release>();
  for (const findingId of findingIds) {
    const finding = await context.loaders.finding.load(findingId);
    if (!finding) continue;
    const ids = held.filter((vulnerability) => vulnerability.findingId === findingId).map((vulnerability) => vulnerability.id);
    for (const [id, kind] of await releaseInFinding(context, event, finding, ids)) released.set(id, kind);
  }
  context.loaders.eventVulnerabilities.clear(event.id);
  const of = (kind: Release) => [...released].filter(([, value]) => value === kind).map(([id]) => id);
  return { requested: of('REQUESTED'), verified: of('VERIFIED') };
};
