import {
  addVulnerabilities,
  createDataloaders,
  getFindingComments,
  nextModifiedDate,
  updateVulnerabilityStates,
  type Vulnerability,
  type VulnerabilityVerification,
} from '@integrates/db-model';
import { aVulnerability } from '@integrates/db-model/testing';
import { emailOf, errorOf, FINDING, GROUP, OTHER_FINDING, OTHER_GROUP, reportEvent, startEventWorld, type EventWorld } from './event-world';

const HOLD = `mutation ($eventId: String!, $findingId: String!, $groupName: String!, $vulnerabilities: [String!]!) {
  requestVulnerabilitiesHold(eventId: $eventId, findingId: $findingId, groupName: $groupName, vulnerabilities: $vulnerabilities) { success } }`;
const SOLVE = `mutation ($eventId: String!, $groupName: String!) {
  solveEvent(eventId: $eventId, groupName: $groupName, reason: ACCESS_GRANTED) { success } }`;
const AFFECTED = `query ($groupName: String!, $id: String!) {
  event(groupName: $groupName, identifier: $id) { eventStatus affectedReattacks { id findingId verification } } }`;

const REQUESTED: VulnerabilityVerification = { status: 'REQUESTED', modifiedBy: 'user@customer.com', modifiedDate: '2026-02-01T00:00:00.000Z' };

const vulnerability = (overrides: Partial<Vulnerability> = {}): Vulnerability =>
  aVulnerability({ findingId: FINDING.id, groupName: GROUP.name, organizationName: GROUP.organizationName, verification: REQUESTED, ...overrides });

const reload = async (id: string): Promise<Vulnerability> => {
  const found = await createDataloaders().vulnerability.load(id);
  if (!found) throw new Error(`no vulnerability ${id}`);
  return found;
};

describe('re-attacks on hold behind events, through real requests', () => {
  let world: EventWorld;
  const hacker = emailOf('hacker');

  beforeAll(async () => {
    world = await startEventWorld('integrates_reattack_holds_test');
  });
  afterAll(() => world.close());

  const hold = (eventId: string, vulnerabilities: readonly string[], findingId = FINDING.id, groupName = GROUP.name) =>
    world.as(hacker, HOLD, { eventId, findingId, groupName, vulnerabilities });
  const summary = async () =>
    ((await world.as(hacker, 'query ($id: String!) { finding(identifier: $id) { verificationSummary { requested onHold verified } } }', { id: FINDING.id }))
      .data as { finding: { verificationSummary: Record<string, number> } }).finding.verificationSummary;
  const affected = async (eventId: string) =>
    (await world.as(hacker, AFFECTED, { groupName: GROUP.name, id: eventId })).data as {
      event: { eventStatus: string; affectedReattacks: { id: string; findingId: string; verification: string }[] };
    };

  it('holds requested re-attacks, lists them on the event, and releases them when the event is solved', async () => {
    const open = [vulnerability(), vulnerability()];
    const closedLater = vulnerability();
    const bystander = vulnerability();
    await addVulnerabilities([...open, closedLater, bystander]);
    const eventId = await reportEvent(world);

    expect(await hold(eventId, [...open, closedLater].map((v) => v.id))).toEqual({ data: { requestVulnerabilitiesHold: { success: true } } });
    for (const v of [...open, closedLater]) {
      expect((await reload(v.id)).verification).toMatchObject({ status: 'ON_HOLD', eventId, modifiedBy: hacker });
    }
    expect((await reload(bystander.id)).verification).toEqual(REQUESTED);
    const listed = await affected(eventId);
    expect(new Set(listed.event.affectedReattacks.map((v) => v.id))).toEqual(new Set([...open, closedLater].map((v) => v.id)));
    expect(listed.event.affectedReattacks.every((v) => v.verification === 'ON_HOLD' && v.findingId === FINDING.id)).toBe(true);
    const holdComment = (await getFindingComments(FINDING.id)).find((c) => c.content === `These reattacks have been put on hold because of Event #${eventId}`);
    expect(holdComment).toMatchObject({ commentType: 'VERIFICATION', email: hacker, parentId: '0' });
    expect((await createDataloaders().finding.load(FINDING.id))?.verification).toMatchObject({ status: 'ON_HOLD', commentId: holdComment?.id });
    expect(await summary()).toEqual({ requested: 1, onHold: 3, verified: 0 });

    // Meanwhile a re-attack closed one of them (it stays on hold until the event is solved).
    const current = await reload(closedLater.id);
    await updateVulnerabilityStates(current, { state: { ...current.state, status: 'SAFE', modifiedDate: nextModifiedDate(current.state.modifiedDate) } });

    expect(await world.as(hacker, SOLVE, { eventId, groupName: GROUP.name })).toEqual({ data: { solveEvent: { success: true } } });
    for (const v of open) {
      const released = await reload(v.id);
      expect(released.verification).toMatchObject({ status: 'REQUESTED', modifiedBy: hacker });
      expect(released.verification?.eventId).toBeUndefined();
    }
    expect((await reload(closedLater.id)).verification).toMatchObject({ status: 'VERIFIED' });
    expect((await reload(closedLater.id)).verification?.eventId).toBeUndefined();
    expect(await affected(eventId)).toEqual({ event: { eventStatus: 'SOLVED', affectedReattacks: [] } });
    expect(await summary()).toEqual({ requested: 3, onHold: 0, verified: 1 });
    expect((await reload(closedLater.id)).unreliableIndicators).toMatchObject({ reattacksVerified: 1, closedByReattack: 1, efficacy: 100 });
    const contents = (await getFindingComments(FINDING.id)).map((c) => c.content);
    expect(contents).toContain(`Event #${eventId} was solved. The reattacks are back to the Requested stage.`);
    expect(contents).toContain(`Event #${eventId} was solved. As these vulnerabilities were closed, the reattacks are set to Verified.`);
    expect((await createDataloaders().vulnerabilityHistoricVerification.load(await reload(open[0]?.id ?? ''))).map((v) => v.status)).toEqual([
      'REQUESTED',
      'ON_HOLD',
      'REQUESTED',
    ]);
  });

  it('refuses, writing nothing, vulnerabilities that are not requested, closed, on hold, unreleased or of another finding', async () => {
    const requested = vulnerability();
    const notRequested = vulnerability({ verification: undefined });
    const verified = vulnerability({ verification: { ...REQUESTED, status: 'VERIFIED' } });
    const closed = vulnerability({ state: { ...vulnerability().state, status: 'SAFE' } });
    const submitted = vulnerability({ state: { ...vulnerability().state, status: 'SUBMITTED' } });
    const elsewhere = vulnerability({ findingId: OTHER_FINDING.id, groupName: OTHER_GROUP.name });
    await addVulnerabilities([requested, notRequested, verified, closed, submitted, elsewhere]);
    const eventId = await reportEvent(world);
    const other = await reportEvent(world);
    const alreadyHeld = vulnerability();
    await addVulnerabilities([alreadyHeld]);
    await hold(other, [alreadyHeld.id]);

    const cases: readonly [string, string][] = [
      [notRequested.id, `Exception - Error verification not requested: ${notRequested.id}`],
      [verified.id, `Exception - Error verification not requested: ${verified.id}`],
      [closed.id, `Exception - The vulnerability has already been closed: ${closed.id}`],
      [submitted.id, `Exception - The vulnerability has not been released: ${submitted.id}`],
      [elsewhere.id, `Exception - Vulnerability not found in this finding: ${elsewhere.id}`],
      ['no-such-vulnerability', 'Exception - Vulnerability not found in this finding: no-such-vulnerability'],
      [alreadyHeld.id, `Exception - Request verification already on hold: ${alreadyHeld.id}`],
    ];
    for (const [id, message] of cases) {
      expect({ id, message: errorOf(await hold(eventId, [requested.id, id])) }).toEqual({ id, message });
    }
    expect((await reload(requested.id)).verification).toEqual(REQUESTED);
    expect(errorOf(await hold(eventId, []))).toBe('Exception - vulnerabilities must name at least one vulnerability');
    expect(errorOf(await hold(eventId, Array.from({ length: 101 }, (_, i) => `v${i}`)))).toBe(
      'Exception - At most 100 vulnerabilities per request; got 101',
    );
    // A finding of another group looks like a forbidden one; an event of another group is not found.
    expect(errorOf(await hold(eventId, [requested.id], OTHER_FINDING.id))).toBe('Access denied');
    expect(errorOf(await hold('99999999', [requested.id]))).toBe('Exception - Event not found');
    expect((await affected(eventId)).event.affectedReattacks).toEqual([]);
  });

  it('refuses to hold behind a solved event', async () => {
    const requested = vulnerability();
    await addVulnerabilities([requested]);
    const eventId = await reportEvent(world);
    await world.as(hacker, SOLVE, { eventId, groupName: GROUP.name });
    expect(errorOf(await hold(eventId, [requested.id]))).toBe('Exception - The event has already been closed');
    expect((await reload(requested.id)).verification).toEqual(REQUESTED);
  });
});
