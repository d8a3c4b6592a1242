import { putStakeholder } from '@integrates/db-model';
import { aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { SESSION_COOKIE } from '@integrates/sessions';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { errorCodes, postJson, sessionCookie } from '../../testing/graphql-requests';
import { rateLimitSubject } from './rate-limit';

const JANE = aStakeholder();

describe('rateLimitSubject', () => {
  it('names the user when known, else the API token, else the address', () => {
    expect(rateLimitSubject({ userEmail: 'JDoe@Example.com', tokenId: 't1' }, '10.0.0.1')).toEqual({ kind: 'user', id: 'jdoe@example.com' });
    expect(rateLimitSubject({ tokenId: 't1' }, '10.0.0.1')).toEqual({ kind: 'token', id: 't1' });
    expect(rateLimitSubject({}, '10.0.0.1')).toEqual({ kind: 'address', id: '10.0.0.1' });
  });
});

describe('rate limits through the real server', () => {
  let store: TestStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await startTestStore('integrates_rate_limit_test');
    server = await startTestServer({
      DYNAMODB_ENDPOINT: store.endpoint,
      TABLE_NAME: store.tableName,
      RATE_LIMIT_ADDRESS_PER_MINUTE: '3',
      RATE_LIMIT_USER_PER_MINUTE: '5',
    });
    await putStakeholder(JANE);
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });

  it('refuses an address past its limit with 429 and Retry-After, before any GraphQL work', async () => {
    const statuses: number[] = [];
    for (let request = 0; request < 3; request += 1) statuses.push((await postJson(server.url, { query: '{ __typename }' })).status);
    expect(statuses).toEqual([200, 200, 200]);
    // Even a document the server would refuse is not looked at.
    const refused = await postJson(server.url, { query: '{ not valid' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(20);
    expect(refused.body?.errors).toEqual([
      {
        message: expect.stringMatching(/^Exception - Too many requests: at most 3 a minute per address, retry after \d+ s$/),
        extensions: { code: 'TOO_MANY_REQUESTS' },
      },
    ]);
  });

  it('limits the browser routes per address in buckets of their own, and leaves health checks alone', async () => {
    const statuses: number[] = [];
    for (const path of ['/login', '/logout', '/confirm_access/forged', '/no-such-page']) {
      statuses.push((await fetch(`${server.url}${path}`, { redirect: 'manual' })).status);
    }
    expect(statuses.slice(0, 3)).not.toContain(429);
    const refused = await fetch(`${server.url}/login`, { redirect: 'manual' });
    expect(statuses[3]).toBe(429);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it('keys garbage credentials on the address too', async () => {
    const answer = await postJson(server.url, { query: '{ __typename }' }, { cookie: `${SESSION_COOKIE}=forged.token` });
    expect(answer.status).toBe(429);
  });

  it('counts a signed-in user on their own bucket, with their own limit', async () => {
    const statuses: number[] = [];
    const cookie = await sessionCookie(server, JANE.email);
    for (let request = 0; request < 6; request += 1) {
      const answer = await postJson(server.url, { query: '{ me { userEmail } }' }, { cookie });
      statuses.push(answer.status);
      if (answer.status === 200) expect(answer.body).toEqual({ data: { me: { userEmail: JANE.email } } });
      else expect(errorCodes(answer)).toEqual(['TOO_MANY_REQUESTS']);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
