import { addFindingAs, dataOf, errorOf, releasedLines, startWorld, type World } from './findings-world';

const CONSULT = `mutation($f: String!, $content: String!, $parent: String!, $type: FindingConsultType!) {
  addFindingConsult(findingId: $f, content: $content, parentComment: $parent, type: $type) { success commentId } }`;
const THREADS = `query($f: String!) { finding(identifier: $f) { consulting { id content parentComment email fullName } observations { id content parentComment } } }`;
const CONSULTING = `query($f: String!) { finding(identifier: $f) { consulting { id content parentComment } } }`;

type Posted = { addFindingConsult: { success: boolean; commentId: string } };

describe('finding comments', () => {
  let world: World;
  let findingId: string;
  beforeAll(async () => {
    world = await startWorld('findings_comments_test');
    findingId = await addFindingAs(world);
    await releasedLines(world, findingId, 1);
  });
  afterAll(() => world.stop());

  const post = (person: Parameters<World['as']>[0], content: string, type: 'CONSULT' | 'OBSERVATION', parent = '0') =>
    world.as(person, CONSULT, { f: findingId, content, parent, type });

  it('keeps a customer-visible thread with replies, and an internal one', async () => {
    const question = dataOf<Posted>(await post('user', 'Does this affect the mobile app too?', 'CONSULT')).addFindingConsult;
    expect(question.success).toBe(true);
    const answer = dataOf<Posted>(await post('hacker', 'Yes, it shares the login service.', 'CONSULT', question.commentId)).addFindingConsult;
    const note = dataOf<Posted>(await post('hacker', 'Check the staging WAF rules before the re-attack.', 'OBSERVATION')).addFindingConsult;

    const threads = dataOf<{ finding: { consulting: Record<string, unknown>[]; observations: Record<string, unknown>[] } }>(
      await world.as('reviewer', THREADS, { f: findingId }),
    ).finding;
    expect(threads.consulting).toEqual([
      { id: question.commentId, content: 'Does this affect the mobile app too?', parentComment: '0', email: 'user@customer.com', fullName: 'Jane Doe' },
      { id: answer.commentId, content: 'Yes, it shares the login service.', parentComment: question.commentId, email: 'hacker@fluidattacks.com', fullName: 'Jane Doe' },
    ]);
    expect(threads.observations).toEqual([{ id: note.commentId, content: 'Check the staging WAF rules before the re-attack.', parentComment: '0' }]);

    // Customers see the consults and never the observations.
    const customer = dataOf<{ finding: { consulting: { id: string }[] } }>(await world.as('manager', CONSULTING, { f: findingId })).finding;
    expect(customer.consulting.map((comment) => comment.id)).toEqual([question.commentId, answer.commentId]);
    expect(errorOf(await world.as('user', THREADS, { f: findingId }))?.message).toBe('Access denied');
    // A reply must answer a comment of its own thread.
    expect(errorOf(await post('user', 'A reply to an internal note', 'CONSULT', note.commentId))).toEqual({
      code: 'INVALID_COMMENT_PARENT',
      message: 'Exception - Comment parent is invalid',
    });
  });

  it('refuses blank and oversized comments and unknown parents', async () => {
    expect(errorOf(await post('user', '   ', 'CONSULT'))).toEqual({ code: 'INVALID_SPACES_FIELD', message: 'Exception - Field cannot fill with blank characters: content' });
    expect(errorOf(await post('user', 'x'.repeat(20001), 'CONSULT'))).toEqual({
      code: 'INVALID_FIELD_LENGTH',
      message: 'Exception - Invalid field length in form: content must have between 1 and 20000 characters',
    });
    expect(errorOf(await post('user', 'Hello', 'CONSULT', 'no-such-comment'))?.code).toBe('INVALID_COMMENT_PARENT');
  });

  it('lets only the roles that may post observations post them; consults for every member but the CI agent', async () => {
    for (const person of ['user', 'manager', 'reattacker'] as const) {
      expect(errorOf(await post(person, 'An internal note', 'OBSERVATION'))?.message).toBe('Access denied');
    }
    for (const person of ['forces', 'stranger'] as const) {
      expect(errorOf(await post(person, 'A question', 'CONSULT'))?.message).toBe('Access denied');
    }
    dataOf(await post('vulnerabilityManager', 'A question from the manager', 'CONSULT'));
    dataOf(await post('reviewer', 'A reviewer note', 'OBSERVATION'));
    expect(errorOf(await world.as('admin', CONSULT, { f: 'no-such-finding', content: 'x', parent: '0', type: 'CONSULT' }))?.message).toBe('Access denied');
  });

  it('hides a draft finding\'s threads from customers', async () => {
    const draft = await addFindingAs(world, '083. XML injection (XXE)', ['161']);
    expect(errorOf(await world.as('user', CONSULT, { f: draft, content: 'Hello', parent: '0', type: 'CONSULT' }))?.message).toBe('Access denied');
    dataOf(await world.as('hacker', CONSULT, { f: draft, content: 'Drafting', parent: '0', type: 'OBSERVATION' }));
  });
});
