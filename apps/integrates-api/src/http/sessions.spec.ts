import { createDataloaders, getStakeholders, putStakeholder } from '@integrates/db-model';
import { aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { addAccessToken, resolveViewer } from '@integrates/domain';
import { SESSION_COOKIE } from '@integrates/sessions';
import { postGraphQL, startTestServer, type TestServer } from '../testing/test-server';
import { sessionCookie, signingKeyOf } from '../testing/graphql-requests';

const JANE = aStakeholder({ email: 'jane@example.com', role: 'user' });
const BOB = aStakeholder({ email: 'bob@example.com', role: 'hacker', firstName: 'Bob', lastName: 'Ross' });
const NOBODY = aStakeholder({ email: 'invitee@example.com', role: undefined });

const inDays = (days: number): number => Math.floor(Date.now() / 1000) + days * 24 * 60 * 60;

const ADD_TOKEN = 'mutation Add($name: String!, $exp: Int!) { addAccessToken(name: $name, expirationTime: $exp) { success sessionJwt } }';
const ME = '{ me { userEmail isConcurrentSession accessTokens { id name issuedAt expiresAt lastUse } } }';

describe('sessions and API tokens through HTTP', () => {
  let store: TestStore;
  let server: TestServer;

  beforeAll(async () => {
    store = await startTestStore('integrates_sessions_test');
    server = await startTestServer({ DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName });
    await Promise.all([JANE, BOB, NOBODY].map((stakeholder) => putStakeholder(stakeholder)));
  });
  afterAll(async () => {
    await server.close();
    await store.stop();
  });

  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const addToken = async (cookie: string, name = 'ci', exp = inDays(30)) =>
    postGraphQL(server.url, ADD_TOKEN, { cookie, variables: { name, exp } });
  const stored = async (email: string) => (await getStakeholders([email]))[0];

  it('refuses cookie requests without the CSRF header, and lets bearer requests through without it', async () => {
    const cookie = await sessionCookie(server, JANE.email);
    const response = await fetch(`${server.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ me { userEmail } }' }),
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'CSRF_HEADER_REQUIRED' } }] });

    const { body } = await addToken(cookie, 'csrf');
    const token = (body.data as { addAccessToken: { sessionJwt: string } }).addAccessToken.sessionJwt;
    const viaToken = await fetch(`${server.url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(token) },
      body: JSON.stringify({ query: '{ me { userEmail } }' }),
    });
    expect(viaToken.status).toBe(200);
    expect(await viaToken.json()).toEqual({ data: { me: { userEmail: JANE.email } } });
    const { id } = (await stored(JANE.email))?.accessTokens?.find((t) => t.name === 'csrf') ?? { id: '' };
    await postGraphQL(server.url, 'mutation($id: ID!) { invalidateAccessToken(id: $id) { success } }', { cookie, variables: { id } });
  });

  it('issues a token once, stores only a salted hash, honours the limit of 2, and revokes', async () => {
    const cookie = await sessionCookie(server, BOB.email);
    const first = await addToken(cookie, 'pipeline');
    const token = (first.body.data as { addAccessToken: { sessionJwt: string } }).addAccessToken.sessionJwt;
    expect(token.split('.')).toHaveLength(3);
    const record = await stored(BOB.email);
    expect(record?.accessTokens).toHaveLength(1);
    const [saved] = record?.accessTokens ?? [];
    expect(saved).toMatchObject({ name: 'pipeline', jtiHashed: expect.stringMatching(/^[0-9a-f]{64}$/), salt: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(JSON.stringify(record)).not.toContain(token);
    expect(JSON.stringify(record)).not.toContain(token.split('.')[1]);

    const me = await postGraphQL(server.url, ME, { headers: bearer(token) });
    expect(me.body.data).toMatchObject({ me: { userEmail: BOB.email, accessTokens: [{ id: saved?.id, name: 'pipeline' }] } });

    expect((await addToken(cookie, 'second')).body.data).toMatchObject({ addAccessToken: { success: true } });
    const third = await addToken(cookie, 'third');
    expect(third.body.errors?.[0]).toMatchObject({
      message: 'Exception - A stakeholder can have at most 2 access tokens',
      extensions: { code: 'TOKEN_COULD_NOT_BE_ADDED' },
    });

    const revoked = await postGraphQL(server.url, 'mutation($id: ID!) { invalidateAccessToken(id: $id) { success } }', {
      cookie,
      variables: { id: saved?.id },
    });
    expect(revoked.body).toEqual({ data: { invalidateAccessToken: { success: true } } });
    const after = await postGraphQL(server.url, '{ me { userEmail } }', { headers: bearer(token) });
    expect(after.body.errors?.[0]?.message).toBe('Login required');
    const unknown = await postGraphQL(server.url, 'mutation { invalidateAccessToken(id: "nope") { success } }', { cookie });
    expect(unknown.body.errors?.[0]?.message).toBe('Exception - Access token not found');
  });

  it('holds the limit of 2 when many requests add tokens at once', async () => {
    const email = 'carol@example.com';
    await putStakeholder(aStakeholder({ email }));
    const cookie = await sessionCookie(server, email);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, index) => addToken(cookie, `parallel-${index}`)));
    const codes = answers.map(({ body }) => (body.errors?.[0]?.extensions as { code?: string } | undefined)?.code ?? 'ADDED');
    expect(codes.filter((code) => code === 'ADDED')).toHaveLength(2);
    expect(codes.filter((code) => code !== 'ADDED')).toEqual(Array.from({ length: 6 }, () => 'TOKEN_COULD_NOT_BE_ADDED'));
    expect((await stored(email))?.accessTokens).toHaveLength(2);
  });

  it.each([
    ['an empty name', '', inDays(10), 'Exception - The token name must be 1 to 20 characters long'],
    ['a 21-character name', 'x'.repeat(21), inDays(10), 'Exception - The token name must be 1 to 20 characters long'],
    ['an expiry in the past', 'ok', inDays(-1), 'Exception - The expiration time must be in the future and at most 26 weeks away'],
    ['an expiry past 26 weeks', 'ok', inDays(26 * 7 + 1), 'Exception - The expiration time must be in the future and at most 26 weeks away'],
  ])('refuses %s', async (_case, name, exp, message) => {
    const { body } = await addToken(await sessionCookie(server, JANE.email), name, exp);
    expect(body.errors?.[0]?.message).toBe(message);
    expect((await stored(JANE.email))?.accessTokens ?? []).toHaveLength(0);
  });

  it('accepts an expiry of exactly 26 weeks', async () => {
    const cookie = await sessionCookie(server, JANE.email);
    const { body } = await addToken(cookie, 'long', inDays(26 * 7) - 60);
    expect(body.data).toMatchObject({ addAccessToken: { success: true } });
    const { id } = (await stored(JANE.email))?.accessTokens?.[0] ?? { id: '' };
    await postGraphQL(server.url, 'mutation($id: ID!) { invalidateAccessToken(id: $id) { success } }', { cookie, variables: { id } });
  });

  it('refuses expired and tampered tokens', async () => {
    const loaders = createDataloaders();
    const key = signingKeyOf(server);
    const issuedLongAgo = Date.now() - 40 * 24 * 60 * 60 * 1000;
    const context = { loaders, signingKey: key, viewer: { email: BOB.email, via: 'session' as const, credentialId: 'x' } };
    const expired = await addAccessToken(context, 'old', Math.floor(issuedLongAgo / 1000) + 60, issuedLongAgo);
    expect(await resolveViewer({ bearer: expired }, key, createDataloaders())).toBeUndefined();
    expect((await postGraphQL(server.url, '{ me { userEmail } }', { headers: bearer(expired) })).body.errors?.[0]?.message).toBe(
      'Login required',
    );
    const [header, payload, signature] = expired.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, exp: inDays(1) })).toString('base64url')}.${signature}`;
    expect((await postGraphQL(server.url, '{ me { userEmail } }', { headers: bearer(tampered) })).body.errors?.[0]?.message).toBe(
      'Login required',
    );
    // Give Bob his token slot back (the expired token still counts towards the limit of 2), keeping his session.
    const current = await stored(BOB.email);
    await putStakeholder({ ...BOB, ...(current?.sessionToken ? { sessionToken: current.sessionToken } : {}) });
  });

  it('gives the bearer token precedence over the cookie, and records its last use without delaying the request', async () => {
    const bobCookie = await sessionCookie(server, BOB.email);
    const { body } = await addToken(bobCookie, 'precedence');
    const token = (body.data as { addAccessToken: { sessionJwt: string } }).addAccessToken.sessionJwt;
    const janeCookie = await sessionCookie(server, JANE.email);
    const { body: me } = await postGraphQL(server.url, '{ me { userEmail } }', { cookie: janeCookie, headers: bearer(token) });
    expect(me).toEqual({ data: { me: { userEmail: BOB.email } } });
    let lastUse: string | undefined;
    for (let attempt = 0; attempt < 50 && !lastUse; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      lastUse = (await stored(BOB.email))?.accessTokens?.find((t) => t.name === 'precedence')?.lastUse;
    }
    expect(lastUse).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('lets only the newest session work, flags the concurrent session until it is acknowledged', async () => {
    const older = await sessionCookie(server, JANE.email);
    const newer = await sessionCookie(server, JANE.email);
    expect((await postGraphQL(server.url, '{ me { userEmail } }', { cookie: older })).body.errors?.[0]?.message).toBe('Login required');
    const me = await postGraphQL(server.url, '{ me { isConcurrentSession } }', { cookie: newer });
    expect(me.body).toEqual({ data: { me: { isConcurrentSession: true } } });
    const ack = await postGraphQL(server.url, 'mutation { acknowledgeConcurrentSession { success } }', { cookie: newer });
    expect(ack.body).toEqual({ data: { acknowledgeConcurrentSession: { success: true } } });
    expect((await postGraphQL(server.url, '{ me { isConcurrentSession } }', { cookie: newer })).body).toEqual({
      data: { me: { isConcurrentSession: false } },
    });
  });

  it('revokes the session on logout, clears the cookie and the site data, and redirects home', async () => {
    const cookie = await sessionCookie(server, JANE.email);
    const response = await fetch(`${server.url}/logout`, { headers: { cookie }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('clear-site-data')).toContain('"cache"');
    expect(response.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect((await stored(JANE.email))?.sessionToken?.state).toBe('REVOKED');
    expect((await postGraphQL(server.url, '{ me { userEmail } }', { cookie })).body.errors?.[0]?.message).toBe('Login required');
  });

  describe('authorization of each mutation', () => {
    const MUTATIONS: readonly [string, string, Record<string, unknown>][] = [
      ['addAccessToken', ADD_TOKEN, { name: 'authz', exp: inDays(1) }],
      ['invalidateAccessToken', 'mutation($id: ID!) { invalidateAccessToken(id: $id) { success } }', { id: 'none' }],
      ['acknowledgeConcurrentSession', 'mutation { acknowledgeConcurrentSession { success } }', {}],
    ];

    it.each(MUTATIONS)('%s: a stakeholder without a user-level role is denied, and so is an anonymous caller', async (_name, query, variables) => {
      const denied = await postGraphQL(server.url, query, { cookie: await sessionCookie(server, NOBODY.email), variables });
      expect(denied.body.errors?.[0]).toMatchObject({ message: 'Access denied', extensions: { code: 'ACCESS_DENIED' } });
      const anonymous = await postGraphQL(server.url, query, { variables });
      expect(anonymous.body.errors?.[0]).toMatchObject({ message: 'Login required', extensions: { code: 'LOGIN_REQUIRED' } });
    });

    it.each(MUTATIONS)('%s: a user may (the result is the mutation\'s own)', async (_name, query, variables) => {
      const allowed = await postGraphQL(server.url, query, { cookie: await sessionCookie(server, BOB.email), variables });
      const message = allowed.body.errors?.[0]?.message;
      expect(message === undefined || message.startsWith('Exception - ')).toBe(true);
    });
  });
});
