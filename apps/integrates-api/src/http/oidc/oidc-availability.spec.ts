import { captureLogs } from '@integrates/logging/testing';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { freeLoopbackPort } from './testing/free-port';

describe('/login without OpenID Connect configured', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 404 saying sign-in is not configured', async () => {
    const response = await fetch(`${server.url}/login`, { redirect: 'manual' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({
      error: 'Sign-in with OpenID Connect is not configured on this server (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET).',
    });
    expect((await fetch(`${server.url}/authz_oidc?code=x&state=y`, { redirect: 'manual' })).status).toBe(404);
  });
});

describe('/login when the provider cannot be reached', () => {
  let server: TestServer;

  beforeAll(async () => {
    const [port, nobody] = await Promise.all([freeLoopbackPort(), freeLoopbackPort()]);
    server = await startTestServer({
      PORT: String(port),
      OIDC_ISSUER: `http://127.0.0.1:${nobody}`,
      OIDC_CLIENT_ID: 'integrates',
      OIDC_CLIENT_SECRET: 'a-client-secret',
      OIDC_REDIRECT_URL: `http://127.0.0.1:${port}/oidc/callback`,
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('answers 503 with a page saying so, and audits the failed attempt', async () => {
    const logs = captureLogs({ level: 'warn' });
    try {
      const response = await fetch(`${server.url}/login`, { redirect: 'manual' });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        error: 'The identity provider cannot be reached right now; try again in a few minutes.',
        signIn: '/login',
      });
      const page = await fetch(`${server.url}/login`, { redirect: 'manual', headers: { accept: 'text/html' } });
      expect(page.status).toBe(503);
      expect(await page.text()).toContain('<p>The identity provider cannot be reached right now; try again in a few minutes.</p>');
      await logs.waitFor((line) => line['log'] === 'audit' && line['outcome'] === 'failed' && (line['details'] as Record<string, unknown>)['reason'] === 'identity provider unreachable');
      expect(server.errors).toEqual([]);
    } finally {
      logs.restore();
    }
  });

  it('serves the callback at the path of OIDC_REDIRECT_URL, refusing an answer it did not ask for', async () => {
    const response = await fetch(`${server.url}/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: expect.stringContaining('has expired or was not started in this browser') });
  });
});
