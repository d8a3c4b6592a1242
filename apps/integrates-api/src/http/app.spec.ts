import { putStakeholder } from '@integrates/db-model';
import { startTestStore, type TestStore } from '@integrates/db-model/testing';
import { createSessionToken, SESSION_COOKIE } from '@integrates/sessions';
import { sessionCookie as signIn, signingKeyOf } from '../testing/graphql-requests';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';

const JANE = {
  email: 'jdoe@example.com',
  firstName: 'Jane',
  lastName: 'Doe',
  role: 'user',
  enrolled: true,
  isRegistered: true,
  isConcurrentSession: false,
  legalRemember: false,
};

describe('the HTTP app', () => {
  let store: TestStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await startTestStore('integrates_app_test');
    server = await startTestServer({ DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName });
    await putStakeholder(JANE);
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });

  const sessionCookie = (email: string): Promise<string> => signIn(server, email);

  it('answers /health', async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers /ready when the store answers', async () => {
    const response = await fetch(`${server.url}/ready`);
    expect(response.status).toBe(200);
  });

  it('answers { __typename } over POST and GET', async () => {
    const post = await postGraphQL(server.url, '{ __typename }');
    expect(post).toEqual({ status: 200, body: { data: { __typename: 'Query' } } });
    const get = await fetch(`${server.url}/api?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('resolves me for a signed-in stakeholder', async () => {
    const { body } = await postGraphQL(server.url, '{ me { userEmail userName role } }', {
      cookie: await sessionCookie(JANE.email),
    });
    expect(body).toEqual({ data: { me: { userEmail: 'jdoe@example.com', userName: 'Jane Doe', role: 'user' } } });
  });

  it('refuses me without a valid session', async () => {
    for (const cookie of [undefined, `${SESSION_COOKIE}=not-a-token`, `${SESSION_COOKIE}=${(await createSessionToken('ghost@example.com', signingKeyOf(server))).token}`]) {
      const { body } = await postGraphQL(server.url, '{ me { userEmail } }', cookie ? { cookie } : {});
      expect(body.errors?.[0]).toMatchObject({ message: 'Login required', extensions: { code: 'LOGIN_REQUIRED' } });
      expect(body.data).toBeNull();
    }
  });

  it('does not serve /dev/login outside development', async () => {
    const response = await fetch(`${server.url}/dev/login?email=${JANE.email}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('does not offer GraphiQL outside development', async () => {
    const response = await fetch(`${server.url}/api`, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('GraphiQL');
  });
});

describe('the HTTP app in development', () => {
  let store: TestStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await startTestStore('integrates_dev_test');
    server = await startTestServer({ ENVIRONMENT: 'development', DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName });
    await putStakeholder(JANE);
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });

  it('signs in through /dev/login and then resolves me', async () => {
    const login = await fetch(`${server.url}/dev/login?email=${JANE.email}`);
    expect(login.status).toBe(200);
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const { body } = await postGraphQL(server.url, '{ me { userEmail } }', { cookie: setCookie.split(';')[0] ?? '' });
    expect(body).toEqual({ data: { me: { userEmail: JANE.email } } });
  });

  it('refuses to sign in as someone unknown', async () => {
    const response = await fetch(`${server.url}/dev/login?email=ghost@example.com`);
    expect(response.status).toBe(404);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('offers GraphiQL to a browser', async () => {
    const response = await fetch(`${server.url}/api`, { headers: { accept: 'text/html' } });
    expect(await response.text()).toContain('GraphiQL');
  });
});

describe('readiness when the store is down', () => {
  it('answers 503 once the engine has stopped', async () => {
    const server = await startTestServer();
    try {
      expect((await fetch(`${server.url}/ready`)).status).toBe(200);
      await server.engine?.stop();
      const response = await fetch(`${server.url}/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'unavailable', store: 'down' });
    } finally {
      await server.close();
    }
  });
});
