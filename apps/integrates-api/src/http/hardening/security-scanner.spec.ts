import { putStakeholder } from '@integrates/db-model';
import { aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { errorCodes, getGraphQL, postJson, send, sessionCookie, type RawAnswer } from '../../testing/graphql-requests';

/**
 * The probes a GraphQL security scanner (graphql-cop and the like) sends, in their shape, against the
 * server in production mode: each one must be refused. The same probes against the test mode show
 * which refusals come from production mode alone.
 */
const PROBES = {
  introspection: 'query cop { __schema { types { name fields { name } } } }',
  typeIntrospection: 'query cop { __type(name: "Me") { fields { name } } }',
  circularIntrospection:
    'query cop { __schema { types { fields { type { fields { type { fields { type { fields { type { name } } } } } } } } } } }',
  fieldSuggestion: 'query cop { me { usrEmail } }',
  typeSuggestion: 'query cop($v: Strin) { __typename }',
  aliasOverloading: `query cop { ${Array.from({ length: 101 }, (_, index) => `alias${index}:__typename`).join('\n')} }`,
  fieldDuplication: `query cop { ${'__typename\n'.repeat(500)}}`,
  directiveOverloading: 'query cop { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }',
  directiveFlood: `query cop { __typename ${'@aa'.repeat(51)} }`,
  unhandledError: 'qwerty cop { abc }',
};

const JANE = aStakeholder();

/** Every key anywhere in a JSON value. */
const keysIn = (value: unknown): readonly string[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysIn(inner)])
    : [];

const messages = (answer: RawAnswer): string => (answer.body?.errors ?? []).map((error) => error.message).join('\n');

describe('the checks of a GraphQL security scanner', () => {
  let store: TestStore;
  let production: TestServer;
  let test: TestServer;

  beforeAll(async () => {
    store = await startTestStore('integrates_scanner_test');
    const env = { DYNAMODB_ENDPOINT: store.endpoint, TABLE_NAME: store.tableName, RATE_LIMIT_ADDRESS_PER_MINUTE: '0' };
    production = await startTestServer({ ...env, ENVIRONMENT: 'production' });
    test = await startTestServer(env);
    await putStakeholder(JANE);
  });
  afterAll(async () => {
    await production.close();
    await test.close();
    await store.stop();
  });

  const cookieFor = (server: TestServer): Promise<string> => sessionCookie(server, JANE.email);

  describe('introspection', () => {
    it.each(['introspection', 'typeIntrospection', 'circularIntrospection'] as const)('refuses %s in production', async (probe) => {
      const answer = await postJson(production.url, { query: PROBES[probe] });
      expect(answer.status).toBe(400);
      expect(answer.body?.data).toBeUndefined();
      expect(errorCodes(answer)).toContain('INTROSPECTION_DISABLED');
    });

    it('answers introspection outside production', async () => {
      const answer = await postJson(test.url, { query: PROBES.introspection });
      expect(answer.body?.errors).toBeUndefined();
      expect(JSON.stringify(answer.body?.data)).toContain('"Me"');
    });
  });

  describe('field suggestions', () => {
    it.each(['fieldSuggestion', 'typeSuggestion'] as const)('removes "Did you mean" from %s in production', async (probe) => {
      const answer = await postJson(production.url, { query: PROBES[probe] });
      expect(answer.body?.errors?.length).toBeGreaterThan(0);
      expect(messages(answer)).not.toMatch(/did you mean/i);
      expect(messages(answer)).not.toMatch(/userEmail|"String"/);
    });

    it('keeps suggestions outside production', async () => {
      expect(messages(await postJson(test.url, { query: PROBES.fieldSuggestion }))).toContain('Did you mean "userEmail"');
      expect(messages(await postJson(test.url, { query: PROBES.typeSuggestion }))).toContain('Did you mean "String"?');
    });
  });

  it('offers no GraphiQL in production', async () => {
    for (const path of ['/api', '/api?query={__typename}', '/graphiql', '/']) {
      const answer = await send(`${production.url}${path}`, { headers: { accept: 'text/html' } });
      expect(answer.text).not.toMatch(/graphiql/i);
      expect(answer.headers.get('content-type') ?? '').not.toContain('text/html');
    }
  });

  it('refuses mutations over GET', async () => {
    for (const server of [production, test]) {
      const answer = await getGraphQL(server.url, { query: 'mutation cop { __typename }' }, { cookie: await cookieFor(server) });
      expect(answer.status === 400 || answer.status === 405).toBe(true);
      expect(answer.body?.data).toBeUndefined();
    }
    expect(errorCodes(await getGraphQL(test.url, { query: 'mutation cop { __typename }' }))).toEqual(['BAD_REQUEST']);
  });

  it('refuses documents over GET in production, so a cross-site GET runs nothing (CSRF over GET)', async () => {
    const answer = await getGraphQL(production.url, { query: 'query cop { me { userEmail } }' }, { cookie: await cookieFor(production) });
    expect(answer.status).toBe(400);
    expect(answer.body?.data).toBeUndefined();
    expect(errorCodes(answer)).toEqual(['GET_DOCUMENT_NOT_ALLOWED']);
  });

  it('refuses urlencoded POST bodies, which any page can send cross-site (CSRF over POST)', async () => {
    for (const server of [production, test]) {
      const answer = await send(`${server.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: await cookieFor(server) },
        body: new URLSearchParams({ query: 'query cop { me { userEmail } }' }).toString(),
      });
      // A cross-site form cannot add the CSRF header, so the cookie request is refused before its body is read.
      expect(answer.status).toBe(403);
      expect(errorCodes(answer)).toEqual(['CSRF_HEADER_REQUIRED']);
      expect(answer.text).not.toContain(JANE.email);
      // Without a cookie (nothing to forge), the body type itself is refused.
      const anonymous = await send(`${server.url}/api`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ query: '{ __typename }' }).toString(),
      });
      expect(anonymous.status).toBe(415);
      expect(errorCodes(anonymous)).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    }
  });

  it('refuses alias overloading', async () => {
    const answer = await postJson(production.url, { query: PROBES.aliasOverloading });
    expect(answer.body?.data).toBeUndefined();
    expect(errorCodes(answer)).toEqual(expect.arrayContaining(['MAX_ALIASES_EXCEEDED', 'MAX_BREADTH_EXCEEDED']));
  });

  it('refuses batch queries', async () => {
    const answer = await postJson(production.url, Array.from({ length: 10 }, () => ({ query: 'query cop { __typename }' })));
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toEqual(['BATCHING_NOT_ALLOWED']);
  });

  it('refuses field duplication', async () => {
    const answer = await postJson(production.url, { query: PROBES.fieldDuplication });
    expect(answer.body?.data).toBeUndefined();
    expect(errorCodes(answer)).toEqual(['MAX_QUERY_LENGTH_EXCEEDED']);
  });

  it('refuses directive overloading, and answers a few repeated unknown directives briefly', async () => {
    const flood = await postJson(production.url, { query: PROBES.directiveFlood });
    expect(errorCodes(flood)).toEqual(['MAX_DIRECTIVES_EXCEEDED']);
    // The scanner flags a server that answers its ten @aa with ten errors, one per directive.
    const ten = await postJson(production.url, { query: PROBES.directiveOverloading });
    expect(ten.body?.data).toBeUndefined();
    expect(ten.body?.errors?.length).toBeLessThan(10);
  });

  it('adds no tracing or debug output, and no internals to errors', async () => {
    const requests: readonly (() => Promise<RawAnswer>)[] = [
      () => postJson(production.url, { query: 'query cop { __typename }' }),
      () => postJson(production.url, { query: 'query cop { __typename }' }, { 'x-debug': '1', 'apollo-require-preflight': '1' }),
      () => send(`${production.url}/api?debug=1&tracing=1`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }),
      () => postJson(production.url, { query: PROBES.unhandledError }),
      () => postJson(production.url, { query: '{ me { userEmail } }' }),
      () => postJson(production.url, { query: 'query($v: Int) { __typename }', variables: { v: 'x'.repeat(100) } }),
      () => send(`${production.url}/api`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }),
    ];
    for (const request of requests) {
      const answer = await request();
      expect(answer.status).toBeLessThan(500);
      expect(answer.body?.extensions).toBeUndefined();
      const keys = keysIn(answer.body);
      for (const key of ['tracing', 'stack', 'stacktrace', 'exception', 'debug']) expect(keys).not.toContain(key);
      // Yoga names why the client's own JSON did not parse; nothing else carries an original error.
      for (const error of answer.body?.errors ?? []) {
        const original = error.extensions?.['originalError'];
        if (original !== undefined) expect(original).toEqual({ name: 'SyntaxError', message: expect.stringContaining('JSON') });
      }
    }
  });
});
