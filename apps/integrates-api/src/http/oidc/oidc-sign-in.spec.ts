import { getStakeholders, putStakeholder } from '@integrates/db-model';
import { aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { captureLogs, type CapturedLogs, type LogLine } from '@integrates/logging/testing';
import { SESSION_COOKIE } from '@integrates/sessions';
import { postGraphQL, startTestServer, type TestServer } from '../../testing/test-server';
import { createBrowser, type Browser } from './testing/browser';
import { freeLoopbackPort } from './testing/free-port';
import { throughProvider } from './testing/provider-flow';
import { startOidcProvider, type RunningProvider } from './testing/provider-process';
import { OIDC_STATE_COOKIE } from './state-cookie';

const CLIENT_ID = 'integrates-test';
const CLIENT_SECRET = 'a-test-client-secret-of-enough-length';
const ACCOUNTS = {
  newcomer: { email: 'Newcomer@Example.com', email_verified: true, given_name: 'Nora', family_name: 'Newcomer' },
  hacker: { email: 'hacker@example.com', email_verified: true, given_name: 'Hal', family_name: 'Hacker' },
  unverified: { email: 'unverified@example.com', email_verified: false, given_name: 'Una' },
} as const;
const HACKER = aStakeholder({ email: 'hacker@example.com', role: 'hacker', firstName: 'Harriet', lastName: 'Hack' });

const ME = '{ me { userEmail role userName } }';

describe('sign-in with OpenID Connect against a real provider on loopback', () => {
  let store: TestStore;
  let provider: RunningProvider;
  let server: TestServer;
  let callbackUrl: string;
  let logs: CapturedLogs;

  beforeAll(async () => {
    const port = await freeLoopbackPort();
    callbackUrl = `http://127.0.0.1:${port}/authz_oidc`;
    provider = await startOidcProvider({ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [callbackUrl] }, ACCOUNTS);
    store = await startTestStore('integrates_oidc_sign_in_test');
    server = await startTestServer({
      DYNAMODB_ENDPOINT: store.endpoint,
      TABLE_NAME: store.tableName,
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: CLIENT_ID,
      OIDC_CLIENT_SECRET: CLIENT_SECRET,
      OIDC_REDIRECT_URL: callbackUrl,
    });
    await putStakeholder(HACKER);
    logs = captureLogs({ level: 'warn' });
  });
  afterAll(async () => {
    logs.restore();
    await server.close();
    await provider.stop();
    await store.stop();
  });

  const signInAudits = (): readonly LogLine[] =>
    logs.lines().filter((line) => line['log'] === 'audit' && line['action'] === 'session.sign_in');
  const sessionCookieOf = (browser: Browser): string | undefined => {
    const cookie = browser.cookie(server.url, SESSION_COOKIE);
    return cookie ? `${cookie.name}=${cookie.value}` : undefined;
  };

  it('/login sends the browser to the provider with PKCE (S256), state and nonce, kept in a signed short-lived cookie', async () => {
    const browser = createBrowser();
    const answer = await browser.get(`${server.url}/login`);
    expect(answer.status).toBe(302);
    const location = new URL(answer.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(`${provider.issuer}/auth`);
    const params = Object.fromEntries(location.searchParams);
    expect(params).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: callbackUrl,
      scope: 'openid email profile',
      code_challenge_method: 'S256',
    });
    expect(params['code_challenge']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(params['state']).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(params['nonce']).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const stateCookie = browser.cookie(server.url, OIDC_STATE_COOKIE);
    expect(stateCookie?.path).toBe('/authz_oidc');
    expect(stateCookie?.attributes).toEqual(expect.arrayContaining(['Max-Age=600', 'HttpOnly', 'SameSite=Lax', 'Secure']));
    // The verifier stays with the browser's signed cookie; only its hash goes to the provider.
    expect(answer.headers.get('location')).not.toContain(stateCookie?.value.split('.')[1] ?? 'no cookie');
  });

  it('signs an unknown user in, enrolling them with the user-level role user and the names the provider shares', async () => {
    const browser = createBrowser();
    const answer = await browser.get(await throughProvider(browser, server.url, callbackUrl, 'newcomer'));
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toBe('/');
    expect(browser.cookie(server.url, SESSION_COOKIE)?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Lax', 'Secure']));
    expect(browser.cookie(server.url, OIDC_STATE_COOKIE)).toBeUndefined();

    const cookie = sessionCookieOf(browser);
    const { status, body } = await postGraphQL(server.url, ME, { cookie });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { me: { userEmail: 'newcomer@example.com', role: 'user', userName: 'Nora Newcomer' } } });
    const [stored] = await getStakeholders(['newcomer@example.com']);
    expect(stored).toMatchObject({ email: 'newcomer@example.com', role: 'user', firstName: 'Nora', lastName: 'Newcomer', enrolled: true, isRegistered: true });
    expect(stored?.sessionToken?.state).toBe('IS_VALID');
    expect(signInAudits()).toContainEqual(
      expect.objectContaining({ actor: 'newcomer@example.com', outcome: 'allowed', details: expect.objectContaining({ method: 'oidc', enrolled: true }) }),
    );
  });

  it('signs a known stakeholder in without changing their role or names', async () => {
    const browser = createBrowser();
    const answer = await browser.get(await throughProvider(browser, server.url, callbackUrl, 'hacker'));
    expect(answer.status).toBe(302);
    const { body } = await postGraphQL(server.url, ME, { cookie: sessionCookieOf(browser) });
    expect(body).toEqual({ data: { me: { userEmail: HACKER.email, role: 'hacker', userName: 'Harriet Hack' } } });
  });

  it('refuses a tampered state, a replayed answer and a forged state cookie, signing nobody in', async () => {
    const browser = createBrowser();
    const answerUrl = await throughProvider(browser, server.url, callbackUrl, 'hacker');
    const tampered = new URL(answerUrl);
    tampered.searchParams.set('state', `${answerUrl.searchParams.get('state') ?? ''}x`);
    const stateCookie = browser.cookie(server.url, OIDC_STATE_COOKIE)?.value ?? '';
    const refused = await browser.get(tampered);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.text)).toEqual({
      error: "The identity provider's answer does not match the sign-in started in this browser. Start again from the sign-in page.",
      signIn: '/login',
    });
    expect(sessionCookieOf(browser)).toBeUndefined();
    expect(signInAudits()).toContainEqual(
      expect.objectContaining({ actor: 'anonymous', outcome: 'failed', details: expect.objectContaining({ method: 'oidc', reason: expect.stringMatching(/^OAUTH_INVALID_RESPONSE: unexpected "state" response parameter value/) }) }),
    );

    // The attempt was used up: the genuine answer, replayed, no longer has a state cookie to match.
    const replayed = await browser.get(answerUrl);
    expect(replayed.status).toBe(400);
    expect(JSON.parse(replayed.text)).toMatchObject({ error: expect.stringContaining('has expired or was not started in this browser') });

    const forged = createBrowser();
    const [header, payload = '', signature] = stateCookie.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forgedPayload = Buffer.from(JSON.stringify({ ...claims, state: 'chosen-by-attacker' })).toString('base64url');
    const forgedAnswer = new URL(answerUrl);
    forgedAnswer.searchParams.set('state', 'chosen-by-attacker');
    const withForgedCookie = await forged.get(forgedAnswer, { cookie: `${OIDC_STATE_COOKIE}=${header}.${forgedPayload}.${signature}` });
    expect(withForgedCookie.status).toBe(400);
    expect(JSON.parse(withForgedCookie.text)).toMatchObject({ error: expect.stringContaining('has expired or was not started in this browser') });
    expect(sessionCookieOf(forged)).toBeUndefined();
  });

  it('refuses a code the provider does not accept', async () => {
    const browser = createBrowser();
    const answerUrl = await throughProvider(browser, server.url, callbackUrl, 'hacker');
    answerUrl.searchParams.set('code', 'not-a-code-the-provider-issued');
    const answer = await browser.get(answerUrl);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({
      error: 'The identity provider did not accept the sign-in code (invalid_grant). Start again from the sign-in page.',
      signIn: '/login',
    });
    expect(sessionCookieOf(browser)).toBeUndefined();
    expect(signInAudits()).toContainEqual(
      expect.objectContaining({ outcome: 'failed', details: expect.objectContaining({ reason: 'token endpoint error invalid_grant' }) }),
    );
  });

  it('answers a user who cancels at the provider with 403 and a page saying so, audited as denied', async () => {
    const browser = createBrowser();
    const answerUrl = await throughProvider(browser, server.url, callbackUrl, 'hacker', 'cancel');
    expect(answerUrl.searchParams.get('error')).toBe('access_denied');
    const answer = await browser.get(answerUrl, { accept: 'text/html' });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('The sign-in was cancelled or refused at the identity provider.');
    expect(answer.text).toContain('<a href="/login">');
    expect(answer.text).not.toMatch(/\bat .+\.(ts|js):\d+/);
    expect(sessionCookieOf(browser)).toBeUndefined();
    expect(signInAudits()).toContainEqual(
      expect.objectContaining({ outcome: 'denied', details: expect.objectContaining({ method: 'oidc', reason: 'access_denied at the provider' }) }),
    );
  });

  it('refuses an email the provider says it has not verified, enrolling nobody', async () => {
    const browser = createBrowser();
    const answer = await browser.get(await throughProvider(browser, server.url, callbackUrl, 'unverified'));
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.text)).toMatchObject({ error: expect.stringContaining('has not verified the email address unverified@example.com') });
    expect(sessionCookieOf(browser)).toBeUndefined();
    expect(await getStakeholders(['unverified@example.com'])).toEqual([undefined]);
    expect(signInAudits()).toContainEqual(
      expect.objectContaining({ object: 'USER#unverified@example.com', outcome: 'denied', details: expect.objectContaining({ reason: 'email not verified' }) }),
    );
  });

  // Last: it stops the provider.
  it('answers 503 when the provider goes away between the sign-in and the code exchange', async () => {
    const browser = createBrowser();
    const answerUrl = await throughProvider(browser, server.url, callbackUrl, 'hacker');
    await provider.stop();
    const answer = await browser.get(answerUrl);
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.text)).toEqual({ error: 'The identity provider cannot be reached right now; try again in a few minutes.', signIn: '/login' });
    expect(sessionCookieOf(browser)).toBeUndefined();
  });

  it('reported no unexpected errors', () => {
    expect(server.errors).toEqual([]);
  });
});
