import { addFinding, addVulnerabilities, type VulnerabilityVerification } from '@integrates/db-model';
import { aFinding, aVulnerability } from '@integrates/db-model/testing';
import { ADD_EVENT, emailOf, errorOf, FINDING, GROUP, ONESHOT_GROUP, reportEvent, STRANGER, startEventWorld, type EventWorld, type TestRole } from './event-world';

const STATUS = 'query ($groupName: String!, $id: String!) { event(groupName: $groupName, identifier: $id) { id eventStatus } }';
const REQUEST = `mutation ($eventId: String!, $groupName: String!) {
  requestEventVerification(eventId: $eventId, groupName: $groupName, comments: "It works now") { success } }`;
const REJECT = `mutation ($eventId: String!, $groupName: String!) {
  rejectEventSolution(eventId: $eventId, groupName: $groupName, comments: "It does not") { success } }`;
const SOLVE = `mutation ($eventId: String!, $groupName: String!) {
  solveEvent(eventId: $eventId, groupName: $groupName, reason: ACCESS_GRANTED) { success } }`;
const HOLD = `mutation ($eventId: String!, $findingId: String!, $groupName: String!, $vulnerabilities: [String!]!) {
  requestVulnerabilitiesHold(eventId: $eventId, findingId: $findingId, groupName: $groupName, vulnerabilities: $vulnerabilities) { success } }`;
const EVENT_CONSULT = `mutation ($eventId: String!, $groupName: String!) {
  addEventConsult(eventId: $eventId, groupName: $groupName, content: "Any news?", parentComment: "0") { success commentId } }`;
const GROUP_CONSULT = `mutation ($groupName: String!) {
  addGroupConsult(groupName: $groupName, content: "Hello", parentComment: "0") { success commentId } }`;

const REQUESTED: VulnerabilityVerification = { status: 'REQUESTED', modifiedBy: 'user@customer.com', modifiedDate: '2026-02-01T00:00:00.000Z' };

describe('who may do what with events and consulting, through real requests', () => {
  let world: EventWorld;

  beforeAll(async () => {
    world = await startEventWorld('integrates_event_authz_test');
  });
  afterAll(() => world.close());

  const status = async (eventId: string) =>
    ((await world.as(emailOf('hacker'), STATUS, { groupName: GROUP.name, id: eventId })).data as { event: { eventStatus: string } }).event.eventStatus;
  const succeeded = (body: { data?: unknown; errors?: unknown }) => body.errors === undefined && body.data !== null;

  it('reporting an event: the testing roles may, the customer roles and forces may not', async () => {
    const report = (role: TestRole) =>
      world.as(emailOf(role), ADD_EVENT, { groupName: GROUP.name, detail: 'No access', eventDate: '2026-03-01', eventType: 'NETWORK_ACCESS_ISSUES' });
    for (const role of ['hacker', 'reattacker', 'resourcer'] as const) expect({ role, ok: succeeded(await report(role)) }).toEqual({ role, ok: true });
    for (const role of ['user', 'user_manager', 'reviewer', 'service_forces', 'vulnerability_manager'] as const) {
      expect({ role, message: errorOf(await report(role)) }).toEqual({ role, message: 'Access denied' });
    }
    const stranger = await world.as(STRANGER, ADD_EVENT, { groupName: GROUP.name, detail: 'x', eventDate: '2026-03-01', eventType: 'OTHER' });
    expect(errorOf(stranger)).toBe('Access denied');
  });

  it('the customer asks for verification; only the testing roles reject or solve', async () => {
    const eventId = await reportEvent(world);
    const vars = { eventId, groupName: GROUP.name };
    expect(errorOf(await world.as(emailOf('service_forces'), REQUEST, vars))).toBe('Access denied');
    expect(await status(eventId)).toBe('CREATED');
    expect(succeeded(await world.as(emailOf('user'), REQUEST, vars))).toBe(true);

    for (const role of ['user', 'user_manager', 'reviewer'] as const) {
      expect({ role, message: errorOf(await world.as(emailOf(role), REJECT, vars)) }).toEqual({ role, message: 'Access denied' });
      expect({ role, message: errorOf(await world.as(emailOf(role), SOLVE, vars)) }).toEqual({ role, message: 'Access denied' });
    }
    expect(await status(eventId)).toBe('VERIFICATION_REQUESTED');
    expect(succeeded(await world.as(emailOf('reattacker'), REJECT, vars))).toBe(true);
    expect(succeeded(await world.as(emailOf('resourcer'), SOLVE, vars))).toBe(true);
    expect(await status(eventId)).toBe('SOLVED');
    expect(errorOf(await world.as(STRANGER, SOLVE, vars))).toBe('Access denied');
  });

  it('reading events: every member but forces; who reported it only for the testing side', async () => {
    const eventId = await reportEvent(world);
    const read = (email: string, fields: string) =>
      world.as(email, `query ($groupName: String!, $id: String!) { event(groupName: $groupName, identifier: $id) { ${fields} } }`, {
        groupName: GROUP.name,
        id: eventId,
      });
    expect((await read(emailOf('user'), 'id eventStatus')).data).toEqual({ event: { id: eventId, eventStatus: 'CREATED' } });
    expect(errorOf(await read(emailOf('user'), 'id hacker'))).toBe('Access denied');
    expect((await read(emailOf('reviewer'), 'hacker')).data).toEqual({ event: { hacker: emailOf('hacker') } });
    expect(errorOf(await read(emailOf('service_forces'), 'id'))).toBe('Access denied');
    expect(errorOf(await read(STRANGER, 'id'))).toBe('Access denied');
    const listed = await world.as(emailOf('service_forces'), 'query ($groupName: String!) { events(groupName: $groupName) { id } }', { groupName: GROUP.name });
    expect(errorOf(listed)).toBe('Access denied');
    const anonymous = await fetch(`${world.server.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: STATUS, variables: { groupName: GROUP.name, id: eventId } }),
    });
    expect(((await anonymous.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('Login required');
  });

  it('holding re-attacks: the testing roles, only where re-attacks exist (continuous groups)', async () => {
    const eventId = await reportEvent(world);
    const first = aVulnerability({ findingId: FINDING.id, groupName: GROUP.name, verification: REQUESTED });
    const second = aVulnerability({ findingId: FINDING.id, groupName: GROUP.name, verification: REQUESTED });
    await addVulnerabilities([first, second]);
    const hold = (role: TestRole, id: string) => world.as(emailOf(role), HOLD, { eventId, findingId: FINDING.id, groupName: GROUP.name, vulnerabilities: [id] });
    for (const role of ['user', 'user_manager', 'reviewer', 'service_forces'] as const) {
      expect({ role, message: errorOf(await hold(role, first.id)) }).toEqual({ role, message: 'Access denied' });
    }
    expect(succeeded(await hold('reattacker', first.id))).toBe(true);
    expect(succeeded(await hold('hacker', second.id))).toBe(true);
    // In a one-shot group the same request is refused before anything is looked at.
    const oneshotFinding = aFinding({ groupName: ONESHOT_GROUP.name });
    const oneshotVulnerability = aVulnerability({ findingId: oneshotFinding.id, groupName: ONESHOT_GROUP.name, verification: REQUESTED });
    await addFinding(oneshotFinding);
    await addVulnerabilities([oneshotVulnerability]);
    const oneshotEvent = await reportEvent(world, { groupName: ONESHOT_GROUP.name });
    const oneshotHold = await world.as(emailOf('hacker'), HOLD, {
      eventId: oneshotEvent,
      findingId: oneshotFinding.id,
      groupName: ONESHOT_GROUP.name,
      vulnerabilities: [oneshotVulnerability.id],
    });
    expect(errorOf(oneshotHold)).toBe('Access denied');
  });

  it('consulting: event threads for every member but forces, group threads for all but some testing roles', async () => {
    const eventId = await reportEvent(world);
    for (const role of ['user', 'reattacker', 'resourcer'] as const) {
      expect({ role, ok: succeeded(await world.as(emailOf(role), EVENT_CONSULT, { eventId, groupName: GROUP.name })) }).toEqual({ role, ok: true });
    }
    expect(errorOf(await world.as(emailOf('service_forces'), EVENT_CONSULT, { eventId, groupName: GROUP.name }))).toBe('Access denied');
    for (const role of ['user', 'hacker', 'reviewer', 'vulnerability_manager'] as const) {
      expect({ role, ok: succeeded(await world.as(emailOf(role), GROUP_CONSULT, { groupName: GROUP.name })) }).toEqual({ role, ok: true });
    }
    for (const role of ['reattacker', 'resourcer', 'service_forces'] as const) {
      expect({ role, message: errorOf(await world.as(emailOf(role), GROUP_CONSULT, { groupName: GROUP.name })) }).toEqual({ role, message: 'Access denied' });
    }
    expect(errorOf(await world.as(STRANGER, GROUP_CONSULT, { groupName: GROUP.name }))).toBe('Access denied');
    const read = (email: string) => world.as(email, 'query ($groupName: String!) { group(groupName: $groupName) { consulting { id } } }', { groupName: GROUP.name });
    expect(((await read(emailOf('resourcer'))).data as { group: { consulting: unknown[] } }).group.consulting).toHaveLength(4);
    expect(errorOf(await read(emailOf('service_forces')))).toBe('Access denied');
  });
});
