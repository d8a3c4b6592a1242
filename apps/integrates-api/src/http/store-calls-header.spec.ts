import { putStakeholder, totalStoreCalls } from '@integrates/db-model';
import { aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { browserHeaders, postJson, send, type RawAnswer } from '../testing/graphql-requests';
import { startTestServer, type TestServer } from '../testing/test-server';
import { STORE_CALLS_HEADER } from './store-calls-header';

const JANE = aStakeholder({ email: 'jane@example.com', role: 'user' });
// Only a stakeholder's newest session is valid: each server gets its own stakeholder.
const BOB = aStakeholder({ email: 'bob@example.com', role: 'user' });
const ME = { query: '{ me { userEmail role } }' };
const TYPENAME = { query: '{ __typename }' };

const allCalls = (): number => Object.values(totalStoreCalls()).reduce((sum, calls) => sum + calls, 0);

/** What the request really cost: the process-wide counter before and after it (server and test share the process). */
const measured = async (request: () => Promise<RawAnswer>): Promise<{ answer: RawAnswer; calls: number }> => {
  const before = allCalls();
  const answer = await request();
  return { answer, calls: allCalls() - before };
};

const headerOf = (answer: RawAnswer): number => Number(answer.headers.get(STORE_CALLS_HEADER));

describe('the x-store-calls header', () => {
  let store: TestStore;
  let exposing: TestServer;
  let plain: TestServer;
  let janeHeaders: Record<string, string>;

  beforeAll(async () => {
    store = await startTestStore('integrates_store_calls_test');
    const env = { DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName };
    exposing = await startTestServer({ ...env, EXPOSE_STORE_CALLS: 'true' });
    plain = await startTestServer(env);
    await Promise.all([JANE, BOB].map((stakeholder) => putStakeholder(stakeholder)));
    janeHeaders = await browserHeaders(exposing, JANE.email);
  });
  afterAll(async () => {
    await exposing.close();
    await plain.close();
    await store.stop();
  });

  it('is absent unless EXPOSE_STORE_CALLS is true', async () => {
    const answer = await postJson(plain.url, ME, await browserHeaders(plain, BOB.email));
    expect(answer.body?.data).toEqual({ me: { userEmail: BOB.email, role: 'user' } });
    expect(answer.headers.has(STORE_CALLS_HEADER)).toBe(false);
  });

  it('counts the store requests each request made, whatever answers it', async () => {
    const me = await measured(() => postJson(exposing.url, ME, janeHeaders));
    expect(me.answer.body?.data).toEqual({ me: { userEmail: JANE.email, role: 'user' } });
    expect(me.calls).toBeGreaterThan(0);
    expect(headerOf(me.answer)).toBe(me.calls);

    const ready = await measured(() => send(`${exposing.url}/ready`));
    expect(ready.answer.status).toBe(200);
    expect(headerOf(ready.answer)).toBe(ready.calls);

    for (const request of [() => postJson(exposing.url, TYPENAME), () => send(`${exposing.url}/health`), () => send(`${exposing.url}/nowhere`)]) {
      const { answer, calls } = await measured(request);
      expect(calls).toBe(0);
      expect(answer.headers.get(STORE_CALLS_HEADER)).toBe('0');
    }
  });

  it('keeps concurrent requests apart', async () => {
    const alone = headerOf(await postJson(exposing.url, ME, janeHeaders));
    expect(alone).toBeGreaterThan(0);
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, index) => (index % 2 === 0 ? postJson(exposing.url, ME, janeHeaders) : postJson(exposing.url, TYPENAME))),
    );
    expect(answers.map(headerOf)).toEqual(answers.map((_, index) => (index % 2 === 0 ? alone : 0)));
  });
});
