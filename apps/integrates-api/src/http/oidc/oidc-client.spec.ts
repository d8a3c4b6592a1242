import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOidcClient, isProviderUnavailable } from './oidc-client';

/** A loopback HTTP server answering with `handle`, and how many requests it got. */
const serve = async (handle: (request: IncomingMessage, response: ServerResponse, issuer: string) => void) => {
  let requests = 0;
  const server: Server = createServer((request, response) => {
    requests += 1;
    handle(request, response, url());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = (): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    issuer: url(),
    requests: () => requests,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};

const settingsFor = (issuer: string) => ({ issuer, clientId: 'integrates', clientSecret: 'secret', redirectUrl: 'http://127.0.0.1:1/authz_oidc' });

describe('createOidcClient', () => {
  it('discovers the provider once, after retrying a failed discovery', async () => {
    let down = true;
    const provider = await serve((request, response, issuer) => {
      if (down || request.url !== '/.well-known/openid-configuration') {
        response.writeHead(503).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({ issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks` }),
      );
    });
    try {
      const oidc = createOidcClient(settingsFor(provider.issuer));
      const failure: unknown = await oidc.configuration().catch((error: unknown) => error);
      expect(isProviderUnavailable(failure)).toBe(true);

      down = false;
      const first = await oidc.configuration();
      expect(first.serverMetadata().token_endpoint).toBe(`${provider.issuer}/token`);
      expect(await oidc.configuration()).toBe(first);
      expect(provider.requests()).toBe(2);
    } finally {
      await provider.close();
    }
  });

  it('gives up on a provider that does not answer, after the timeout', async () => {
    const silent = await serve(() => undefined);
    try {
      const failure: unknown = await createOidcClient(settingsFor(silent.issuer), 1)
        .configuration()
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'OAUTH_TIMEOUT' });
      expect(isProviderUnavailable(failure)).toBe(true);
    } finally {
      await silent.close();
    }
  });

  it('tells a refused connection apart from a provider that gave an answer', async () => {
    const closed = await serve(() => undefined);
    await closed.close();
    const refused: unknown = await createOidcClient(settingsFor(closed.issuer)).configuration().catch((error: unknown) => error);
    expect(isProviderUnavailable(refused)).toBe(true);
    expect(isProviderUnavailable(new Error('unexpected "state" response parameter value'))).toBe(false);
  });
});
