import { startTestServer, type TestServer } from '../../testing/test-server';
import { postJson, send } from '../../testing/graphql-requests';

const ALLOWED = 'https://app.example.com';
const STRANGER = 'https://evil.example.net';

describe('CORS from the configured allow-list', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: `${ALLOWED}, http://localhost:3000`, RATE_LIMIT_ADDRESS_PER_MINUTE: '6' });
  });
  afterAll(() => server.close());

  const preflight = (origin: string) =>
    send(`${server.url}/api`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization, x-integrates-csrf',
      },
    });

  it('lets an allowed origin read answers, with credentials', async () => {
    const answer = await postJson(server.url, { query: '{ __typename }' }, { origin: ALLOWED });
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-allow-credentials')).toBe('true');
    expect(answer.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(answer.headers.get('vary')).toContain('Origin');
  });

  it('gives any other origin no CORS headers at all', async () => {
    const answer = await postJson(server.url, { query: '{ __typename }' }, { origin: STRANGER });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('answers preflights for allowed origins only', async () => {
    const allowed = await preflight(ALLOWED);
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(allowed.headers.get('access-control-allow-headers')).toBe('content-type, authorization, x-integrates-csrf');
    expect(allowed.headers.get('access-control-max-age')).toBe('600');
    const stranger = await preflight(STRANGER);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    expect(stranger.headers.get('access-control-allow-headers')).toBeNull();
  });

  it('lets an allowed origin read a rate-limit refusal and its Retry-After', async () => {
    let answer = await postJson(server.url, { query: '{ __typename }' }, { origin: ALLOWED });
    for (let request = 0; request < 10 && answer.status !== 429; request += 1) {
      answer = await postJson(server.url, { query: '{ __typename }' }, { origin: ALLOWED });
    }
    expect(answer.status).toBe(429);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
  });
});
