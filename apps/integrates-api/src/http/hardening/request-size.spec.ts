import { request as httpRequest } from 'node:http';
import { startTestServer, type TestServer } from '../../testing/test-server';
import { errorCodes, send } from '../../testing/graphql-requests';

/** A GraphQL multipart request (the upload format) carrying `files`, answered by the real server. */
const upload = (url: string, files: readonly Blob[]) => {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: '{ __typename }', variables: { files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, index) => [String(index), [`variables.files.${index}`]]))));
  files.forEach((file, index) => form.append(String(index), file, `evidence-${index}.txt`));
  return send(`${url}/api`, {
    method: 'POST',
    headers: { accept: 'application/graphql-response+json' },
    body: form,
  });
};

/** A JSON body streamed in chunks, without Content-Length. */
const chunkedPost = (url: string, chunks: readonly string[]): Promise<{ status: number; body: string }> =>
  new Promise((resolve, reject) => {
    const request = httpRequest(`${url}/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'transfer-encoding': 'chunked' },
    });
    request.on('response', (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // The server may answer and close before every chunk is written.
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });

describe('request size limits', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
      HTTP_MAX_BODY_BYTES: '4096',
      UPLOAD_MAX_FILE_BYTES: '1000',
      UPLOAD_MAX_FILES: '2',
    });
  });
  afterAll(() => server.close());

  const jsonBody = (bytes: number): string => {
    const base = JSON.stringify({ query: '{ __typename }', variables: { padding: '' } });
    return JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(bytes - base.length) } });
  };

  it('accepts a body at the limit and refuses one byte more with 413', async () => {
    const post = (body: string) =>
      send(`${server.url}/api`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(jsonBody(4096)).toHaveLength(4096);
    expect((await post(jsonBody(4096))).body).toEqual({ data: { __typename: 'Query' } });
    const over = await post(jsonBody(4097));
    expect(over.status).toBe(413);
    expect(over.body?.errors).toEqual([
      { message: 'Exception - Request body too large (at most 4096 bytes)', extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } },
    ]);
  });

  it('counts a chunked body as it arrives', async () => {
    const body = jsonBody(20_000);
    const chunks = Array.from({ length: 20 }, (_, index) => body.slice(index * 1000, (index + 1) * 1000));
    const answer = await chunkedPost(server.url, chunks);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ errors: [{ extensions: { code: 'REQUEST_ENTITY_TOO_LARGE' } }] });
    const small = await chunkedPost(server.url, [jsonBody(2000).slice(0, 1000), jsonBody(2000).slice(1000)]);
    expect(JSON.parse(small.body)).toEqual({ data: { __typename: 'Query' } });
  });

  it('accepts uploads within the limits', async () => {
    const answer = await upload(server.url, [new Blob(['a'.repeat(1000)]), new Blob(['b'])]);
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a file over the size limit with 413', async () => {
    const answer = await upload(server.url, [new Blob(['a'.repeat(1001)])]);
    expect(answer.status).toBe(413);
    expect(answer.body?.errors?.[0]?.message).toContain('File size limit exceeded: 1000 bytes');
    expect(errorCodes(answer)).toEqual(['REQUEST_ENTITY_TOO_LARGE']);
  });

  it('refuses more files than allowed', async () => {
    const answer = await upload(server.url, [new Blob(['a']), new Blob(['b']), new Blob(['c'])]);
    expect(answer.status).toBe(400);
    expect(answer.body?.errors?.[0]?.message).toContain('Files limit exceeded: 2');
  });
});
