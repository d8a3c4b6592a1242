import { startTestServer, type TestServer } from '../../testing/test-server';
import { errorCodes, postJson } from '../../testing/graphql-requests';

const nestedInlineFragments = (levels: number, inner: string): string =>
  `${'... on Me { '.repeat(levels)}${inner}${' }'.repeat(levels)}`;

describe('operation limits at their defaults', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_ADDRESS_PER_MINUTE: '0' });
  });
  afterAll(() => server.close());

  const refusal = async (body: unknown) => {
    const answer = await postJson(server.url, body);
    expect(answer.body?.data).toBeUndefined();
    expect(answer.body?.errors?.length).toBeGreaterThan(0);
    return { status: answer.status, error: answer.body?.errors?.[0], codes: errorCodes(answer) };
  };

  it('refuses a document longer than 3000 characters before parsing it', async () => {
    const query = `{ __typename }${' '.repeat(2986)}!`;
    expect(query).toHaveLength(3001);
    const { status, error } = await refusal({ query });
    expect(status).toBe(400);
    // A parse would have complained about the stray "!" first.
    expect(error).toEqual({
      message: 'Exception - Max query length exceeded (3001 characters; at most 3000)',
      extensions: { code: 'MAX_QUERY_LENGTH_EXCEEDED' },
    });
  });

  it('accepts a document of exactly 3000 characters', async () => {
    const query = `{ __typename }${' '.repeat(2986)}`;
    const answer = await postJson(server.url, { query });
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('answers a refusal with 200 to a client that asks for application/json, as GraphQL over HTTP says', async () => {
    const answer = await postJson(server.url, { query: `{ __typename }${' '.repeat(3000)}` }, { accept: 'application/json' });
    expect(answer.status).toBe(200);
    expect(errorCodes(answer)).toEqual(['MAX_QUERY_LENGTH_EXCEEDED']);
  });

  it('refuses more than 1000 tokens', async () => {
    const query = `query Q($a: ${'['.repeat(600)}Int${']'.repeat(600)}) { __typename }`;
    const { error } = await refusal({ query });
    expect(error).toEqual({
      message: 'Exception - Max query tokens exceeded (1211 tokens; at most 1000)',
      extensions: { code: 'MAX_TOKENS_EXCEEDED' },
    });
  });

  it('refuses more than 50 directives before parsing', async () => {
    const query = `{ __typename ${'@include(if: true) '.repeat(51)}}`;
    const { error } = await refusal({ query });
    expect(error).toEqual({
      message: 'Exception - Max query directives exceeded (51 directives; at most 50)',
      extensions: { code: 'MAX_DIRECTIVES_EXCEEDED' },
    });
  });

  it('counts directives in every spread of a fragment', async () => {
    const fields = Array.from({ length: 30 }, (_, index) => `f${index}: userEmail @skip(if: false)`).join(' ');
    const query = `{ me { ...F ...F } } fragment F on Me { ${fields} }`;
    const { codes } = await refusal({ query });
    expect(codes).toContain('MAX_DIRECTIVES_EXCEEDED');
  });

  it('refuses a depth over 8 and accepts 8', async () => {
    const deep = await refusal({ query: `{ me { ${nestedInlineFragments(8, 'userEmail')} } }` });
    expect(deep.status).toBe(400);
    expect(deep.error).toMatchObject({
      message: 'Exception - Max query depth exceeded (10 levels; at most 8)',
      extensions: { code: 'MAX_DEPTH_EXCEEDED' },
    });
    const fine = await postJson(server.url, { query: `{ me { ${nestedInlineFragments(6, 'userEmail')} } }` });
    expect(errorCodes(fine)).toEqual(['LOGIN_REQUIRED']);
  });

  it('refuses more than 3 root fields ("Exception - Max query breadth exceeded"), fragments included', async () => {
    const direct = await refusal({ query: '{ a: __typename b: __typename c: __typename d: __typename }' });
    expect(direct.error).toMatchObject({
      message: 'Exception - Max query breadth exceeded (4 root fields; at most 3)',
      extensions: { code: 'MAX_BREADTH_EXCEEDED' },
    });
    const spread = await refusal({ query: '{ a: __typename ...F } fragment F on Query { b: __typename ... on Query { c: __typename d: __typename } }' });
    expect(spread.codes).toEqual(['MAX_BREADTH_EXCEEDED']);
    const three = await postJson(server.url, { query: '{ a: __typename b: __typename c: __typename }' });
    expect(three.body).toEqual({ data: { a: 'Query', b: 'Query', c: 'Query' } });
  });

  it('refuses more than 15 aliases, __typename included', async () => {
    const aliases = Array.from({ length: 16 }, (_, index) => `a${index}: __typename`).join(' ');
    const { error } = await refusal({ query: `{ me { ${aliases} } }` });
    expect(error).toMatchObject({
      message: 'Exception - Max query aliases exceeded (16 aliases; at most 15)',
      extensions: { code: 'MAX_ALIASES_EXCEEDED' },
    });
  });

  it('refuses a batch of operations', async () => {
    const { status, error } = await refusal([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(status).toBe(400);
    expect(error).toEqual({
      message: 'Exception - Batched operations are not accepted: send one operation per request',
      extensions: { code: 'BATCHING_NOT_ALLOWED' },
    });
  });

  it('stops validating after a few errors', async () => {
    const { codes } = await refusal({ query: `{ me { ${Array.from({ length: 12 }, (_, index) => `f${index}`).join(' ')} } }` });
    // Five errors, then graphql-js's "Too many validation errors": twelve unknown fields would give twelve.
    expect(codes).toHaveLength(6);
  });
});

describe('operation limits from the configuration', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
      GRAPHQL_MAX_QUERY_LENGTH: '40',
      GRAPHQL_MAX_DEPTH: '2',
      GRAPHQL_MAX_BREADTH: '1',
      GRAPHQL_MAX_ALIASES: '1',
      GRAPHQL_MAX_DIRECTIVES: '1',
      GRAPHQL_MAX_TOKENS: '12',
      GRAPHQL_MAX_COST: '5',
    });
  });
  afterAll(() => server.close());

  it.each([
    ['length', `{ __typename ${' '.repeat(40)}}`, 'MAX_QUERY_LENGTH_EXCEEDED'],
    ['tokens', 'query($a:[[[[Int]]]]){__typename}', 'MAX_TOKENS_EXCEEDED'],
    ['directives', '{ __typename @a @b }', 'MAX_DIRECTIVES_EXCEEDED'],
    ['depth', '{ me { ... on Me { role } } }', 'MAX_DEPTH_EXCEEDED'],
    ['breadth', '{ __typename me { role } }', 'MAX_BREADTH_EXCEEDED'],
    ['aliases', '{ me { a: role b: role } }', 'MAX_ALIASES_EXCEEDED'],
    ['cost', '{ me { userEmail role userName } }', 'MAX_COST_EXCEEDED'],
  ])('applies the configured %s limit', async (_limit, query, code) => {
    expect(errorCodes(await postJson(server.url, { query }))).toContain(code);
  });
});
