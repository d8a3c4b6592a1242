// A real OpenID provider (oidc-provider, with its development login and consent forms) on a free
// loopback port, for the sign-in tests. It is ESM-only, so the tests run it as a child process:
//   OIDC_TEST_CLIENT='{"client_id":…,"client_secret":…,"redirect_uris":[…]}'
//   OIDC_TEST_ACCOUNTS='{"<login>":{"email":…,"email_verified":true,"given_name":…,"family_name":…}}'
//   node oidc-provider.mjs
// It prints one JSON line, {"issuer":"http://127.0.0.1:<port>"}, once it answers requests.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const client = JSON.parse(process.env.OIDC_TEST_CLIENT ?? 'null');
const accounts = JSON.parse(process.env.OIDC_TEST_ACCOUNTS ?? '{}');
if (!client) throw new Error('OIDC_TEST_CLIENT is required');

const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [client],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['given_name', 'family_name'] },
  // The development login form accepts any login and password; the login names the account.
  findAccount: (_ctx, id) =>
    Object.hasOwn(accounts, id) ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) } : undefined,
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  features: { devInteractions: { enabled: true } },
});
server.on('request', provider.callback());

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
