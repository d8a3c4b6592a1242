import { ACTIVE_ROOT, ADD_EVENT, emailOf, errorOf, GROUP, INACTIVE_ROOT, OTHER_GROUP, OTHER_GROUP_ROOT, reportEvent, startEventWorld, type EventWorld } from './event-world';

const EVENT_FIELDS = `id groupName eventType eventStatus detail eventDate reportDate closingDate client organization hacker
  root { id nickname } solvingReason otherSolvingReason historicState { status date reason other }`;
const EVENT = `query ($groupName: String!, $id: String!) { event(groupName: $groupName, identifier: $id) { ${EVENT_FIELDS} } }`;
const REQUEST = `mutation ($eventId: String!, $groupName: String!, $comments: String!) {
  requestEventVerification(eventId: $eventId, groupName: $groupName, comments: $comments) { success } }`;
const REJECT = `mutation ($eventId: String!, $groupName: String!, $comments: String!) {
  rejectEventSolution(eventId: $eventId, groupName: $groupName, comments: $comments) { success } }`;
const SOLVE = `mutation ($eventId: String!, $groupName: String!, $reason: EventSolutionReason!, $other: String) {
  solveEvent(eventId: $eventId, groupName: $groupName, reason: $reason, other: $other) { success } }`;

interface EventData {
  readonly id: string;
  readonly eventStatus: string;
  readonly closingDate: string | null;
  readonly solvingReason: string | null;
  readonly otherSolvingReason: string | null;
  readonly historicState: readonly { status: string; date: string; reason: string | null; other: string | null }[];
  readonly [field: string]: unknown;
}

describe('events: reporting and the status flow through real requests', () => {
  let world: EventWorld;
  const hacker = emailOf('hacker');
  const customer = emailOf('user_manager');

  beforeAll(async () => {
    world = await startEventWorld('integrates_event_lifecycle_test');
  });
  afterAll(() => world.close());

  const readEvent = async (id: string, groupName = GROUP.name): Promise<EventData> => {
    const body = await world.as(hacker, EVENT, { groupName, id });
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return (body.data as { event: EventData }).event;
  };
  const transition = async (email: string, query: string, variables: Record<string, unknown>) => world.as(email, query, { groupName: GROUP.name, ...variables });

  it('reports an event: OPEN at the event date in its history, CREATED now, with its root and reporter', async () => {
    const before = Date.now();
    const id = await reportEvent(world, { rootId: ACTIVE_ROOT.id, eventType: 'CREDENTIAL_ISSUES', detail: '  The deploy key was revoked  ' });
    expect(Number(id)).toBeGreaterThanOrEqual(10_000_000);
    expect(Number(id)).toBeLessThanOrEqual(170_000_000);
    const event = await readEvent(id);
    expect(event).toMatchObject({
      id,
      groupName: GROUP.name,
      eventType: 'CREDENTIAL_ISSUES',
      eventStatus: 'CREATED',
      detail: 'The deploy key was revoked',
      eventDate: '2026-03-01T08:00:00.000Z',
      closingDate: null,
      client: GROUP.organizationId,
      organization: GROUP.organizationName,
      hacker,
      root: { id: ACTIVE_ROOT.id, nickname: 'back' },
      solvingReason: null,
    });
    expect(event.historicState.map((state) => state.status)).toEqual(['OPEN', 'CREATED']);
    expect(event.historicState[0]?.date).toBe('2026-03-01T08:00:00.000Z');
    expect(Date.parse(event.historicState[1]?.date ?? '')).toBeGreaterThanOrEqual(before);
    expect(event['reportDate']).toBe(event.historicState[1]?.date);
  });

  it('refuses a future date, a malformed one, a blank or long detail, and a root that is inactive or of another group', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const cases: readonly [Record<string, unknown>, string][] = [
      [{ eventDate: future }, 'Exception - The inserted date is invalid: the event date cannot be in the future'],
      [{ eventDate: '2026-02-30' }, 'Exception - The date format is invalid: use an ISO 8601 date or date-time (2024-05-01T13:00:00Z)'],
      [{ eventDate: 'yesterday' }, 'Exception - The date format is invalid: use an ISO 8601 date or date-time (2024-05-01T13:00:00Z)'],
      [{ detail: '   ' }, 'Exception - Invalid field length in form: detail must have between 1 and 300 characters'],
      [{ detail: 'x'.repeat(301) }, 'Exception - Invalid field length in form: detail must have between 1 and 300 characters'],
      [{ rootId: INACTIVE_ROOT.id }, 'Exception - Field rootId is invalid: the root must be an active root of the group'],
      [{ rootId: OTHER_GROUP_ROOT.id }, 'Exception - Field rootId is invalid: the root must be an active root of the group'],
      [{ rootId: 'no-such-root' }, 'Exception - Field rootId is invalid: the root must be an active root of the group'],
    ];
    for (const [overrides, message] of cases) {
      const body = await world.as(hacker, ADD_EVENT, {
        groupName: GROUP.name,
        detail: 'Cannot reach the environment',
        eventDate: '2026-03-01',
        eventType: 'ENVIRONMENT_ISSUES',
        ...overrides,
      });
      expect({ overrides, message: errorOf(body) }).toEqual({ overrides, message });
    }
    const unknownType = await world.as(hacker, ADD_EVENT, { groupName: GROUP.name, detail: 'x', eventDate: '2026-03-01', eventType: 'NOT_A_TYPE' });
    expect(errorOf(unknownType)).toContain('Variable "$eventType" got invalid value "NOT_A_TYPE"');
  });

  it('reads a date without an offset as UTC and a date alone as its midnight', async () => {
    expect((await readEvent(await reportEvent(world, { eventDate: '2026-02-03T04:05' }))).eventDate).toBe('2026-02-03T04:05:00.000Z');
    expect((await readEvent(await reportEvent(world, { eventDate: '2026-02-03' }))).eventDate).toBe('2026-02-03T00:00:00.000Z');
    expect((await readEvent(await reportEvent(world, { eventDate: '2026-02-03T04:05:00-05:00' }))).eventDate).toBe('2026-02-03T09:05:00.000Z');
  });

  it('walks CREATED -> VERIFICATION_REQUESTED -> CREATED -> VERIFICATION_REQUESTED -> SOLVED, refusing each step out of turn', async () => {
    const id = await reportEvent(world);
    const eventId = { eventId: id };

    expect(errorOf(await transition(hacker, REJECT, { ...eventId, comments: 'Still broken' }))).toBe(
      'Exception - The event verification has not been requested',
    );
    expect(await transition(customer, REQUEST, { ...eventId, comments: 'We renewed the VPN account' })).toEqual({
      data: { requestEventVerification: { success: true } },
    });
    expect((await readEvent(id)).eventStatus).toBe('VERIFICATION_REQUESTED');
    expect(errorOf(await transition(customer, REQUEST, { ...eventId, comments: 'Again' }))).toBe(
      'Exception - The event verification has been requested',
    );

    expect(await transition(hacker, REJECT, { ...eventId, comments: 'The VPN still rejects us' })).toEqual({
      data: { rejectEventSolution: { success: true } },
    });
    expect((await readEvent(id)).eventStatus).toBe('CREATED');
    expect(errorOf(await transition(hacker, REJECT, { ...eventId, comments: 'Twice' }))).toBe(
      'Exception - The event verification has not been requested',
    );

    await transition(customer, REQUEST, { ...eventId, comments: 'Now it works' });
    expect(await transition(hacker, SOLVE, { ...eventId, reason: 'ACCESS_GRANTED' })).toEqual({ data: { solveEvent: { success: true } } });
    const solved = await readEvent(id);
    expect(solved).toMatchObject({ eventStatus: 'SOLVED', solvingReason: 'ACCESS_GRANTED', otherSolvingReason: null });
    expect(solved.historicState.map((state) => state.status)).toEqual([
      'OPEN',
      'CREATED',
      'VERIFICATION_REQUESTED',
      'CREATED',
      'VERIFICATION_REQUESTED',
      'SOLVED',
    ]);
    expect(solved.closingDate).toBe(solved.historicState.at(-1)?.date);

    expect(errorOf(await transition(hacker, SOLVE, { ...eventId, reason: 'ACCESS_GRANTED' }))).toBe('Exception - The event has already been closed');
    expect(errorOf(await transition(customer, REQUEST, { ...eventId, comments: 'Reopen?' }))).toBe('Exception - The event has already been closed');
    expect(errorOf(await transition(hacker, REJECT, { ...eventId, comments: 'No' }))).toBe('Exception - The event verification has not been requested');
  });

  it('solves only with a reason of the event type, and OTHER only with a description', async () => {
    const id = await reportEvent(world, { eventType: 'CLONING_ISSUES' });
    expect(errorOf(await transition(hacker, SOLVE, { eventId: id, reason: 'ACCESS_GRANTED' }))).toBe(
      'Exception - The solving reason is not valid for the event type: CLONING_ISSUES allows AFFECTED_RESOURCE_REMOVED_FROM_SCOPE, CLONED_SUCCESSFULLY',
    );
    const other = await reportEvent(world, { eventType: 'OTHER' });
    for (const blank of [undefined, '   ']) {
      expect(errorOf(await transition(hacker, SOLVE, { eventId: other, reason: 'OTHER', other: blank }))).toBe(
        'Exception - Field other is invalid: the reason OTHER needs a description in other',
      );
    }
    expect((await readEvent(other)).eventStatus).toBe('CREATED');
    await transition(hacker, SOLVE, { eventId: other, reason: 'OTHER', other: '  The customer moved the app  ' });
    expect(await readEvent(other)).toMatchObject({ eventStatus: 'SOLVED', solvingReason: 'OTHER', otherSolvingReason: 'The customer moved the app' });
    expect((await readEvent(other)).historicState.at(-1)).toMatchObject({ status: 'SOLVED', reason: 'OTHER', other: 'The customer moved the app' });
  });

  it('lists a group\'s events, solved and unsolved ones, and keeps each group\'s events to itself', async () => {
    const unsolved = await reportEvent(world, { eventDate: '2026-01-10T00:00:00Z' });
    const solved = await reportEvent(world, { eventDate: '2026-01-11T00:00:00Z' });
    await transition(hacker, SOLVE, { eventId: solved, reason: 'ACCESS_GRANTED' });
    const body = await world.as(
      customer,
      `query ($groupName: String!) {
        group(groupName: $groupName) { open: events(solved: false) { id eventStatus } closed: events(solved: true) { id eventStatus } all: events { id } }
      }`,
      { groupName: GROUP.name },
    );
    const group = (body.data as { group: Record<'open' | 'closed' | 'all', { id: string; eventStatus?: string }[]> }).group;
    expect(group.open.map((event) => event.id)).toContain(unsolved);
    expect(group.open.map((event) => event.id)).not.toContain(solved);
    expect(group.open.every((event) => event.eventStatus !== 'SOLVED')).toBe(true);
    expect(group.closed.map((event) => event.id)).toContain(solved);
    expect(group.closed.every((event) => event.eventStatus === 'SOLVED')).toBe(true);
    expect(new Set(group.all.map((event) => event.id))).toEqual(new Set([...group.open, ...group.closed].map((event) => event.id)));

    const listed = await world.as(customer, 'query ($groupName: String!) { events(groupName: $groupName) { id eventDate } }', { groupName: 'EventGroup' });
    const events = (listed.data as { events: { id: string; eventDate: string }[] }).events;
    expect(events.map((event) => event.id)).toEqual(group.all.map((event) => event.id));
    expect(events.map((event) => event.eventDate)).toEqual([...events.map((event) => event.eventDate)].sort().reverse());

    expect(errorOf(await world.as(hacker, EVENT, { groupName: GROUP.name, id: '99999999' }))).toBe('Exception - Event not found');
    expect(errorOf(await world.as(hacker, EVENT, { groupName: GROUP.name, id: 'EVENT#1' }))).toBe('Exception - Event not found');
    // The hacker has no access to the other group: the event there is refused before it is looked for.
    expect(errorOf(await world.as(hacker, EVENT, { groupName: OTHER_GROUP.name, id: unsolved }))).toBe('Access denied');
  });
});
