import { addGroupComment } from '@integrates/db-model';
import { emailOf, errorOf, GROUP, OTHER_GROUP, reportEvent, startEventWorld, type EventWorld } from './event-world';

const GROUP_CONSULT = `mutation ($groupName: String!, $content: String!, $parent: ID!) {
  addGroupConsult(groupName: $groupName, content: $content, parentComment: $parent) { success commentId } }`;
const EVENT_CONSULT = `mutation ($eventId: String!, $groupName: String!, $content: String!, $parent: ID!) {
  addEventConsult(eventId: $eventId, groupName: $groupName, content: $content, parentComment: $parent) { success commentId } }`;
const CONSULT_FIELDS = 'id content created email fullName parentComment';
const GROUP_THREAD = `query ($groupName: String!) { group(groupName: $groupName) { consulting { ${CONSULT_FIELDS} } } }`;
const EVENT_THREAD = `query ($groupName: String!, $id: String!) { event(groupName: $groupName, identifier: $id) { consulting { ${CONSULT_FIELDS} } } }`;

interface Consult {
  readonly id: string;
  readonly content: string;
  readonly created: string;
  readonly email: string;
  readonly fullName: string | null;
  readonly parentComment: string;
}

describe('group and event consulting threads, through real requests', () => {
  let world: EventWorld;
  const customer = emailOf('user');
  const hacker = emailOf('hacker');

  beforeAll(async () => {
    world = await startEventWorld('integrates_consulting_test');
  });
  afterAll(() => world.close());

  const postGroup = async (email: string, content: string, parent: string, groupName = GROUP.name) =>
    world.as(email, GROUP_CONSULT, { groupName, content, parent });
  const idOf = (body: { data?: unknown; errors?: unknown }, field: 'addGroupConsult' | 'addEventConsult'): string => {
    const payload = (body.data as Record<string, { commentId: string }> | null)?.[field];
    if (!payload) throw new Error(JSON.stringify(body.errors));
    return payload.commentId;
  };
  const groupThread = async (): Promise<readonly Consult[]> =>
    ((await world.as(customer, GROUP_THREAD, { groupName: GROUP.name })).data as { group: { consulting: Consult[] } }).group.consulting;

  it('threads group comments by parent, oldest first, with author and trimmed content', async () => {
    const question = idOf(await postGroup(customer, '  When do you start testing?  ', '0'), 'addGroupConsult');
    const answer = idOf(await postGroup(hacker, 'Next Monday', question), 'addGroupConsult');
    const thanks = idOf(await postGroup(customer, 'Thanks', answer), 'addGroupConsult');
    const other = idOf(await postGroup(hacker, 'A new topic', '0'), 'addGroupConsult');
    const thread = await groupThread();
    expect(thread.map((c) => [c.id, c.parentComment, c.content])).toEqual([
      [question, '0', 'When do you start testing?'],
      [answer, question, 'Next Monday'],
      [thanks, answer, 'Thanks'],
      [other, '0', 'A new topic'],
    ]);
    expect(thread[0]).toMatchObject({ email: customer, fullName: 'Test user' });
    expect(thread[1]).toMatchObject({ email: hacker, fullName: 'Test hacker' });
    expect(thread.every((c) => !Number.isNaN(Date.parse(c.created)))).toBe(true);
  });

  it('gives comments posted at once distinct ids, all kept', async () => {
    const before = (await groupThread()).length;
    const bodies = await Promise.all(Array.from({ length: 6 }, (_, i) => postGroup(customer, `burst ${i}`, '0')));
    const ids = bodies.map((body) => idOf(body, 'addGroupConsult'));
    expect(new Set(ids).size).toBe(6);
    expect((await groupThread()).length).toBe(before + 6);
  });

  it('refuses a parent that is not a comment of the same thread, and blank or long content', async () => {
    const eventId = await reportEvent(world);
    const eventComment = idOf(await world.as(customer, EVENT_CONSULT, { eventId, groupName: GROUP.name, content: 'On the event', parent: '0' }), 'addEventConsult');
    const otherGroupComment = '1700000000000';
    await addGroupComment({
      id: otherGroupComment,
      groupName: OTHER_GROUP.name,
      parentId: '0',
      commentType: 'CONSULT',
      content: 'In another group',
      email: hacker,
      creationDate: '2026-01-01T00:00:00.000Z',
    });
    for (const parent of ['12345', eventComment, otherGroupComment, 'not-an-id']) {
      expect({ parent, message: errorOf(await postGroup(customer, 'Reply', parent)) }).toEqual({ parent, message: 'Exception - Comment parent is invalid' });
    }
    const groupComment = (await groupThread())[0]?.id ?? '';
    expect(errorOf(await world.as(customer, EVENT_CONSULT, { eventId, groupName: GROUP.name, content: 'Reply', parent: groupComment }))).toBe(
      'Exception - Comment parent is invalid',
    );
    expect(errorOf(await postGroup(customer, ' \n\t ', '0'))).toBe('Exception - Field cannot fill with blank characters: content');
    expect(errorOf(await postGroup(customer, 'x'.repeat(20001), '0'))).toBe(
      'Exception - Invalid field length in form: content must have between 1 and 20000 characters',
    );
    const longest = await postGroup(customer, `  ${'y'.repeat(20000)}  `, '0');
    expect(idOf(longest, 'addGroupConsult')).toMatch(/^\d+$/);
    // The other group's thread is its own: the customer is not a member there.
    expect(errorOf(await postGroup(customer, 'Hello', '0', OTHER_GROUP.name))).toBe('Access denied');
  });

  it('keeps each event\'s thread, with the verification request and its rejection in it', async () => {
    const eventId = await reportEvent(world);
    const otherEvent = await reportEvent(world);
    const first = idOf(await world.as(customer, EVENT_CONSULT, { eventId, groupName: GROUP.name, content: 'Is it still down?', parent: '0' }), 'addEventConsult');
    idOf(await world.as(hacker, EVENT_CONSULT, { eventId, groupName: GROUP.name, content: 'Yes', parent: first }), 'addEventConsult');
    await world.as(customer, 'mutation ($e: String!, $g: String!) { requestEventVerification(eventId: $e, groupName: $g, comments: "We fixed the VPN") { success } }', {
      e: eventId,
      g: GROUP.name,
    });
    await world.as(hacker, 'mutation ($e: String!, $g: String!) { rejectEventSolution(eventId: $e, groupName: $g, comments: "Still rejected") { success } }', {
      e: eventId,
      g: GROUP.name,
    });
    const thread = ((await world.as(customer, EVENT_THREAD, { groupName: GROUP.name, id: eventId })).data as { event: { consulting: Consult[] } }).event
      .consulting;
    expect(thread.map((c) => c.content)).toEqual(['Is it still down?', 'Yes', 'We fixed the VPN', 'Still rejected']);
    const request = thread[2];
    expect(request?.parentComment).toBe('0');
    expect(thread[3]?.parentComment).toBe(request?.id);
    const other = ((await world.as(customer, EVENT_THREAD, { groupName: GROUP.name, id: otherEvent })).data as { event: { consulting: Consult[] } }).event
      .consulting;
    expect(other).toEqual([]);
    expect(errorOf(await world.as(customer, EVENT_CONSULT, { eventId, groupName: GROUP.name, content: 'Reply', parent: thread[0]?.id ?? '' }))).toBeUndefined();
    expect(errorOf(await world.as(customer, EVENT_CONSULT, { eventId: otherEvent, groupName: GROUP.name, content: 'Reply', parent: first }))).toBe(
      'Exception - Comment parent is invalid',
    );
    expect(errorOf(await world.as(customer, EVENT_CONSULT, { eventId: '99999999', groupName: GROUP.name, content: 'Hi', parent: '0' }))).toBe(
      'Exception - Event not found',
    );
    expect(
      errorOf(await world.as(customer, 'mutation ($e: String!, $g: String!) { requestEventVerification(eventId: $e, groupName: $g, comments: "   ") { success } }', {
        e: otherEvent,
        g: GROUP.name,
      })),
    ).toBe('Exception - Field cannot fill with blank characters: comments');
  });
});
