import { putStakeholder } from '@integrates/db-model';
import { captureLogs, type CapturedLogs, type LogLine } from '@integrates/logging/testing';
import { aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { sessionCookie as signIn } from '../testing/graphql-requests';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';

const JANE = aStakeholder({ email: 'jdoe@example.com' });
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const accessLineOf = (logs: CapturedLogs, requestId: string): Promise<LogLine> =>
  logs.waitFor((line) => line['module'] === 'access' && line['requestId'] === requestId);

describe('request logging against the running app', () => {
  let store: TestStore;
  let server: TestServer;
  let logs: CapturedLogs;

  beforeAll(async () => {
    store = await startTestStore('integrates_request_logging_test');
    server = await startTestServer({ ENVIRONMENT: 'development', DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName });
    await putStakeholder(JANE);
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });
  beforeEach(() => {
    logs = captureLogs({ level: 'debug' });
  });
  afterEach(() => logs.restore());

  const sessionCookie = (email: string): Promise<string> => signIn(server, email);

  it('echoes a sane x-request-id and replaces an unsafe one', async () => {
    const sane = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'client-42.a:b_c' } });
    expect(sane.headers.get('x-request-id')).toBe('client-42.a:b_c');
    const unsafe = await fetch(`${server.url}/health`, { headers: { 'x-request-id': 'x'.repeat(200) } });
    expect(unsafe.headers.get('x-request-id')).toMatch(UUID);
    const absent = await fetch(`${server.url}/health`);
    expect(absent.headers.get('x-request-id')).toMatch(UUID);
  });

  it('writes one access line per request with method, path without query, status, duration, size, id, user and operation', async () => {
    const query = encodeURIComponent('query WhoAmI { me { userEmail } }');
    const response = await fetch(`${server.url}/api?query=${query}&token=${JWT}`, {
      headers: {
        accept: 'application/graphql-response+json',
        cookie: await sessionCookie(JANE.email),
        'x-integrates-csrf': '1',
        'x-request-id': 'req-access',
      },
    });
    const body = await response.text();
    expect(JSON.parse(body)).toEqual({ data: { me: { userEmail: JANE.email } } });
    const line = await accessLineOf(logs, 'req-access');
    expect(line).toMatchObject({
      level: 'info',
      module: 'access',
      method: 'GET',
      path: '/api',
      status: 200,
      bytes: Buffer.byteLength(body),
      requestId: 'req-access',
      user: JANE.email,
      operation: 'WhoAmI',
    });
    expect(line['durationMs']).toEqual(expect.any(Number));
    expect(logs.lines().filter((entry) => entry['module'] === 'access' && entry['requestId'] === 'req-access')).toHaveLength(1);
    expect(JSON.stringify(logs.lines())).not.toContain(JWT);
  });

  it('logs the operation at debug level with its variables redacted, never the query text', async () => {
    await postGraphQL(server.url, 'query Probe($token: String!, $name: String!) { a: __type(name: $token) { name } b: __type(name: $name) { name } }', {
      variables: { token: 'plain-secret', name: JWT },
      headers: { 'x-request-id': 'req-debug' },
    });
    const line = await logs.waitFor((entry) => entry['module'] === 'graphql' && entry['requestId'] === 'req-debug');
    expect(line).toMatchObject({
      level: 'debug',
      message: 'GraphQL query Probe',
      operation: 'Probe',
      operationType: 'query',
      variables: { token: '[REDACTED]', name: '[REDACTED]' },
    });
    const text = JSON.stringify(logs.lines());
    expect(text).not.toContain('plain-secret');
    expect(text).not.toContain('__type(name');
  });

  it('audits a field refused for want of a session', async () => {
    const { body } = await postGraphQL(server.url, 'query Mine { me { userEmail } }', { headers: { 'x-request-id': 'req-denied' } });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('LOGIN_REQUIRED');
    const line = await logs.waitFor((entry) => entry['log'] === 'audit' && entry['requestId'] === 'req-denied');
    expect(line).toMatchObject({
      actor: 'anonymous',
      action: 'user.me.read',
      object: 'me',
      outcome: 'denied',
      operation: 'Mine',
      details: { code: 'LOGIN_REQUIRED', detail: 'not signed in' },
    });
    expect(await accessLineOf(logs, 'req-denied')).toMatchObject({ status: 200, operation: 'Mine' });
  });

  it('audits sign-in through /dev/login, allowed and denied, and the access line names the user', async () => {
    await fetch(`${server.url}/dev/login?email=${JANE.email}`, { headers: { 'x-request-id': 'req-login' } });
    expect(await logs.waitFor((entry) => entry['log'] === 'audit' && entry['requestId'] === 'req-login')).toMatchObject({
      actor: JANE.email,
      action: 'session.sign_in',
      object: `USER#${JANE.email}`,
      outcome: 'allowed',
      details: { method: 'dev-login' },
    });
    expect(await accessLineOf(logs, 'req-login')).toMatchObject({ path: '/dev/login', status: 200, user: JANE.email });

    await fetch(`${server.url}/dev/login?email=ghost@example.com`, { headers: { 'x-request-id': 'req-ghost' } });
    expect(await logs.waitFor((entry) => entry['log'] === 'audit' && entry['requestId'] === 'req-ghost')).toMatchObject({
      actor: 'anonymous',
      object: 'USER#ghost@example.com',
      outcome: 'denied',
    });
  });

  it('never mixes the user or operation of concurrent requests', async () => {
    const cookie = await sessionCookie(JANE.email);
    const requests = Array.from({ length: 10 }, (_, index) => {
      const signedIn = index % 2 === 0;
      return postGraphQL(server.url, `query Op${index} { me { userEmail } }`, {
        ...(signedIn ? { cookie } : {}),
        headers: { 'x-request-id': `req-c${index}` },
      });
    });
    await Promise.all(requests);
    for (let index = 0; index < 10; index += 1) {
      const line = await accessLineOf(logs, `req-c${index}`);
      expect(line['operation']).toBe(`Op${index}`);
      expect(line['user']).toBe(index % 2 === 0 ? JANE.email : undefined);
    }
  });
});
