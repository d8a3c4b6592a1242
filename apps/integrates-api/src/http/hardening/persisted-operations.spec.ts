import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { errorCodes, getGraphQL, postJson } from '../../testing/graphql-requests';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const persisted = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('automatic persisted queries (the default mode)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ RATE_LIMIT_ADDRESS_PER_MINUTE: '0', GRAPHQL_APQ_CACHE_SIZE: '2' });
  });
  afterAll(() => server.close());

  it('asks for the document once, then runs it by its hash over POST and GET', async () => {
    const query = '{ first: __typename }';
    const hash = sha256(query);
    const unknown = await postJson(server.url, { extensions: persisted(hash) });
    expect(unknown.body?.errors).toEqual([
      { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } },
    ]);
    const registered = await postJson(server.url, { query, extensions: persisted(hash) });
    expect(registered.body).toEqual({ data: { first: 'Query' } });
    expect((await postJson(server.url, { extensions: persisted(hash) })).body).toEqual({ data: { first: 'Query' } });
    const overGet = await getGraphQL(server.url, { extensions: JSON.stringify(persisted(hash)) });
    expect(overGet.body).toEqual({ data: { first: 'Query' } });
  });

  it('refuses a hash that is not the SHA-256 of the document sent with it', async () => {
    const answer = await postJson(server.url, { query: '{ __typename }', extensions: persisted(sha256('{ me { role } }')) });
    expect(answer.status).toBe(400);
    expect(errorCodes(answer)).toEqual(['PERSISTED_QUERY_HASH_MISMATCH']);
  });

  it('remembers only documents that passed validation and every limit', async () => {
    const invalid = '{ shoeSize }';
    expect(errorCodes(await postJson(server.url, { query: invalid, extensions: persisted(sha256(invalid)) }))).toEqual([
      'GRAPHQL_VALIDATION_FAILED',
    ]);
    const tooBroad = '{ a: __typename b: __typename c: __typename d: __typename }';
    expect(errorCodes(await postJson(server.url, { query: tooBroad, extensions: persisted(sha256(tooBroad)) }))).toEqual([
      'MAX_BREADTH_EXCEEDED',
    ]);
    for (const query of [invalid, tooBroad]) {
      expect(errorCodes(await postJson(server.url, { extensions: persisted(sha256(query)) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    }
  });

  it('keeps a bounded number of documents, forgetting the least recently used', async () => {
    const queries = ['{ a: __typename }', '{ b: __typename }', '{ c: __typename }'];
    for (const query of queries) await postJson(server.url, { query, extensions: persisted(sha256(query)) });
    const [oldest, , newest] = queries as [string, string, string];
    expect(errorCodes(await postJson(server.url, { extensions: persisted(sha256(oldest)) }))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await postJson(server.url, { extensions: persisted(sha256(newest)) })).body).toEqual({ data: { c: 'Query' } });
  });

  it('says what is missing when there is neither a document nor a hash', async () => {
    const answer = await postJson(server.url, { variables: {} });
    expect(answer.status).toBe(400);
    expect(answer.body?.errors?.[0]?.message).toMatch(/^Exception - Missing query/);
  });
});

describe('the allow-list mode', () => {
  const listed = 'query Me { me { userEmail } }';
  const alsoListed = 'query Kind { __typename }';
  let server: TestServer;
  beforeAll(async () => {
    const manifest = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    // GraphQL Code Generator's format: keys prefixed with the algorithm.
    writeFileSync(manifest, JSON.stringify({ [`sha256:${sha256(listed)}`]: listed, [sha256(alsoListed)]: alsoListed }));
    server = await startTestServer({
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
      GRAPHQL_PERSISTED_OPERATIONS: 'allow-list',
      GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: manifest,
    });
  });
  afterAll(() => server.close());

  it('runs listed operations by hash, over POST and GET, with or without the sha256: prefix', async () => {
    expect((await postJson(server.url, { extensions: persisted(sha256(alsoListed)) })).body).toEqual({ data: { __typename: 'Query' } });
    expect((await postJson(server.url, { extensions: persisted(`sha256:${sha256(alsoListed)}`) })).body).toEqual({
      data: { __typename: 'Query' },
    });
    const me = await getGraphQL(server.url, { extensions: JSON.stringify(persisted(sha256(listed))) });
    // It ran: the resolver asked for a session.
    expect(errorCodes(me)).toEqual(['LOGIN_REQUIRED']);
  });

  it('refuses any document sent as text, even a valid one', async () => {
    const answer = await postJson(server.url, { query: '{ __typename }' });
    expect(answer.status).toBe(400);
    expect(answer.body?.errors).toEqual([
      {
        message: 'Exception - Only persisted operations are accepted: send extensions.persistedQuery.sha256Hash of an allow-listed operation',
        extensions: { code: 'PERSISTED_QUERY_ONLY' },
      },
    ]);
  });

  it('refuses unknown hashes and does not learn documents sent with them', async () => {
    const query = '{ learnt: __typename }';
    expect(errorCodes(await postJson(server.url, { query, extensions: persisted(sha256(query)) }))).toEqual(['PERSISTED_QUERY_ONLY']);
    const answer = await postJson(server.url, { extensions: persisted(sha256(query)) });
    expect(answer.body?.errors).toEqual([
      {
        message: 'Exception - Unknown persisted operation: its hash is not in the allow-list',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
      },
    ]);
  });

  it('accepts a listed document sent with its hash, as APQ clients do', async () => {
    const answer = await postJson(server.url, { query: alsoListed, extensions: persisted(sha256(alsoListed)) });
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });
});
