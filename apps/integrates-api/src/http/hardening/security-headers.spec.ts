import { startTestStore, type TestStore } from '@integrates/db-model/testing';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { send } from '../../testing/graphql-requests';

const directives = (policy: string | null): ReadonlyMap<string, readonly string[]> =>
  new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words): words is [string, ...string[]] => words[0] !== undefined && words[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );

const originOf = (url: string): string => new URL(url).origin;

describe('security headers', () => {
  let store: TestStore;
  const servers: TestServer[] = [];
  const start = async (environment: string): Promise<TestServer> => {
    const server = await startTestServer({ ENVIRONMENT: environment, DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName });
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    store = await startTestStore('integrates_headers_test');
  });
  afterAll(async () => {
    for (const server of servers) await server.close();
    await store.stop();
  });

  it('in production: nothing may load or frame the API, HSTS, no sniffing, no powered-by', async () => {
    const server = await start('production');
    for (const path of ['/api', '/health', '/nowhere']) {
      const { headers } = await send(`${server.url}${path}`);
      const policy = directives(headers.get('content-security-policy'));
      expect(policy.get('default-src')).toEqual(["'none'"]);
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('x-powered-by')).toBeNull();
    }
  });

  it('in tests: the same policy without HSTS', async () => {
    const server = await start('test');
    const { headers } = await send(`${server.url}/health`);
    expect(directives(headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
    expect(headers.get('strict-transport-security')).toBeNull();
  });

  it('in development: a policy under which the GraphiQL page loads everything it names', async () => {
    const server = await start('development');
    const page = await send(`${server.url}/api`, { headers: { accept: 'text/html' } });
    expect(page.text).toContain('GraphiQL');
    const policy = directives(page.headers.get('content-security-policy'));
    expect(policy.has('upgrade-insecure-requests')).toBe(false);
    // require-corp would block the CDN's scripts, which send no Cross-Origin-Resource-Policy.
    expect(page.headers.get('cross-origin-embedder-policy')).toBeNull();
    expect(page.headers.get('strict-transport-security')).toBeNull();

    const allows = (directive: string, url: string): boolean =>
      (policy.get(directive) ?? policy.get('default-src') ?? []).includes(originOf(url));
    const scripts = [...page.text.matchAll(/<script src=([^ >]+)>/g)].map((match) => match[1] as string);
    const styles = [...page.text.matchAll(/<link[^>]* rel=stylesheet href=([^ >]+)>/g)].map((match) => match[1] as string);
    const icons = [...page.text.matchAll(/<link rel=icon href=([^ >]+)>/g)].map((match) => match[1] as string);
    // The page fetches its editor workers' code and starts them from blobs.
    const fetched = [...page.text.matchAll(/"(https:\/\/[^"]+\.js)"/g)].map((match) => match[1] as string);
    expect(scripts.length * styles.length * icons.length * fetched.length).toBeGreaterThan(0);
    expect(scripts.filter((url) => !allows('script-src', url))).toEqual([]);
    expect(styles.filter((url) => !allows('style-src', url))).toEqual([]);
    expect(icons.filter((url) => !allows('img-src', url))).toEqual([]);
    expect(fetched.filter((url) => !allows('connect-src', url))).toEqual([]);
    expect(policy.get('worker-src')).toContain('blob:');
    // Its bootstrap is an inline script.
    expect(page.text).toMatch(/<script>/);
    expect(policy.get('script-src')).toContain("'unsafe-inline'");
  });
});
