import {
  addFindingComment,
  ConcurrentModificationError,
  nextModifiedDate,
  updateFindingVerification,
  updateVulnerabilityStates,
  type Event,
  type Finding,
  type FindingVerification,
  type Vulnerability,
  type VulnerabilityVerification,
} from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { collect } from '@integrates/multitasking';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { commentAuthor, ROOT_PARENT, writeWithNewId } from '../group-comments/consult-thread';
import {
  HoldVulnerabilityNotFoundError,
  NoVulnerabilitiesToHoldError,
  TooManyVulnerabilitiesToHoldError,
  HoldVulnerabilityClosedError,
  HoldVulnerabilityAlreadyOnHoldError,
  HoldVulnerabilityNotReleasedError,
  HoldVerificationNotRequestedError,
} from './hold-errors';
import { loadEvent, requireUnsolved } from './load-event';

/** The most vulnerabilities one call may put on hold. */
export const MAX_HOLD_VULNERABILITIES = 100;
const WORKERS = 16;
const ATTEMPTS = 3;

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

const requireIds = (ids: readonly string[]): readonly string[] => {
  const unique = [...new Set(ids.map((id) => id.trim()).filter((id) => id.length > 0))];
  if (unique.length === 0) throw new NoVulnerabilitiesToHoldError();
  if (unique.length > MAX_HOLD_VULNERABILITIES) throw new TooManyVulnerabilitiesToHoldError(MAX_HOLD_VULNERABILITIES, unique.length);
  return unique;
};

const loadHoldable = async (context: DomainContext, finding: Finding, id: string): Promise<Vulnerability> => {
  const vulnerability = id.includes('#') ? undefined : await context.loaders.vulnerability.load(id);
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

/**
 * Commits a new verification; when another writer changed the vulnerability meanwhile, it re-reads and
 * asks `plan` again (which may now refuse, or return undefined to leave it alone).
 */
const changeVerification = async (
  context: DomainContext,
  first: Vulnerability,
  plan: (vulnerability: Vulnerability) => Promise<VulnerabilityVerification | undefined> | VulnerabilityVerification | undefined,
): Promise<Vulnerability | undefined> => {
  let current = first;
  for (let attempt = 1; ; attempt += 1) {
    const verification = await plan(current);
    if (!verification) return undefined;
    try {
      const next = await updateVulnerabilityStates(current, { verification });
      context.loaders.vulnerability.clear(current.id).prime(current.id, next);
      return next;
    } catch (error) {
      context.loaders.vulnerability.clear(current.id);
      if (!(error instanceof ConcurrentModificationError) || attempt >= ATTEMPTS) throw error;
      const reread = await context.loaders.vulnerability.load(current.id);
      if (!reread) return undefined;
      current = reread;
    }
  }
};

const verificationOf = (
  email: string,
  previous: Vulnerability,
  status: VulnerabilityVerification['status'],
  eventId?: string,
): VulnerabilityVerification => ({
  status,
  modifiedBy: email,
  modifiedDate: nextModifiedDate(previous.verification?.modifiedDate),
  ...(eventId ? { eventId } : {}),
});

/**
 * Records the step on the finding as the original does: its verification map (status, the comment and
 * the vulnerabilities) and a VERIFICATION comment saying why.
 */
const recordOnFinding = async (
  context: DomainContext,
  findingId: string,
  status: FindingVerification['status'],
  vulnerabilityIds: readonly string[],
  justification: string,
): Promise<void> => {
  const author = await commentAuthor(context);
  const commentId = await writeWithNewId((id, creationDate) =>
    addFindingComment({ id, findingId, parentId: ROOT_PARENT, commentType: 'VERIFICATION', content: justification, creationDate, ...author }),
  );
  context.loaders.findingComments.clear(findingId);
  for (let attempt = 1; ; attempt += 1) {
    context.loaders.finding.clear(findingId);
    const finding = await context.loaders.finding.load(findingId);
    if (!finding) return;
    const verification: FindingVerification = {
      status,
      commentId,
      vulnerabilityIds,
      modifiedBy: author.email,
      modifiedDate: nextModifiedDate(finding.verification?.modifiedDate),
    };
    try {
      const next = await updateFindingVerification(finding, verification);
      context.loaders.finding.clear(findingId).prime(findingId, next);
      return;
    } catch (error) {
      if (!(error instanceof ConcurrentModificationError) || attempt >= ATTEMPTS) throw error;
    }
  }
};

const forgetListings = (context: DomainContext, eventId: string): void => {
  context.loaders.eventVulnerabilities.clear(eventId);
  context.loaders.findingVulnerabilities.clearAll();
  context.loaders.findingVulnerabilitiesAll.clearAll();
  context.loaders.groupVulnerabilities.clearAll();
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
  const ids = requireIds(input.vulnerabilityIds);
  const vulnerabilities = await Promise.all(ids.map((id) => loadHoldable(context, finding, id)));
  const held = await collect(
    vulnerabilities.map((vulnerability) => () =>
      changeVerification(context, vulnerability, async (current) => {
        const checked = current === vulnerability ? current : await loadHoldable(context, finding, current.id);
        return verificationOf(email, checked, 'ON_HOLD', event.id);
      }),
    ),
    { workers: WORKERS },
  );
  const written = held.filter((vulnerability): vulnerability is Vulnerability => vulnerability !== undefined);
  await recordOnFinding(
    context,
    finding.id,
    'ON_HOLD',
    written.map((vulnerability) => vulnerability.id),
    `These reattacks have been put on hold because of Event #${event.id}`,
  );
  forgetListings(context, event.id);
  audit({
    action: 'vulnerabilities.hold',
    object: `finding:${finding.id}`,
    outcome: 'allowed',
    details: { eventId: event.id, groupName: event.groupName, vulnerabilities: written.map((vulnerability) => vulnerability.id) },
  });
  return written;
};

const releaseOne = (context: DomainContext, event: Event, email: string) => (vulnerability: Vulnerability) =>
  changeVerification(context, vulnerability, (current) => {
    if (!isHeldBy(event)(current)) return undefined;
    if (current.state.status === 'VULNERABLE') return verificationOf(email, current, 'REQUESTED');
    if (current.state.status === 'SAFE') return verificationOf(email, current, 'VERIFIED');
    return undefined;
  });

const byFinding = (vulnerabilities: readonly Vulnerability[]): ReadonlyMap<string, readonly string[]> =>
  vulnerabilities.reduce(
    (groups, vulnerability) => new Map(groups).set(vulnerability.findingId, [...(groups.get(vulnerability.findingId) ?? []), vulnerability.id]),
    new Map<string, readonly string[]>(),
  );

/**
 * On solving an event: held re-attacks of open vulnerabilities are requested again (the event id is
 * dropped), those of closed ones are verified, each finding gets the original's comment. Held
 * vulnerabilities in any other state are left as they are, as in the original.
 */
export const releaseHeldReattacks = async (context: DomainContext, event: Event): Promise<ReleasedReattacks> => {
  const { email } = requireViewer(context);
  const held = await heldReattacks(context, event);
  const released = (await collect(held.map((vulnerability) => () => releaseOne(context, event, email)(vulnerability)), { workers: WORKERS }))
    .filter((vulnerability): vulnerability is Vulnerability => vulnerability !== undefined);
  const requested = released.filter((vulnerability) => vulnerability.verification?.status === 'REQUESTED');
  const verified = released.filter((vulnerability) => vulnerability.verification?.status === 'VERIFIED');
  for (const [findingId, ids] of byFinding(requested)) {
    await recordOnFinding(context, findingId, 'REQUESTED', ids, `Event #${event.id} was solved. The reattacks are back to the Requested stage.`);
  }
  for (const [findingId, ids] of byFinding(verified)) {
    await recordOnFinding(
      context,
      findingId,
      'VERIFIED',
      ids,
      `Event #${event.id} was solved. As these vulnerabilities were closed, the reattacks are set to Verified.`,
    );
  }
  forgetListings(context, event.id);
  return { requested: requested.map((vulnerability) => vulnerability.id), verified: verified.map((vulnerability) => vulnerability.id) };
};
