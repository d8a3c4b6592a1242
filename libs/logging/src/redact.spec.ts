import { isSecretKey, redact, REDACTED, redactText } from './redact';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJqZG9lQGV4YW1wbGUuY29tIn0.c2lnbmF0dXJl';

describe('redact', () => {
  it.each(['password', 'Password', 'client_secret', 'accessToken', 'Authorization', 'cookie', 'set-cookie', 'sessionJwt', 'credentials', 'apiKey', 'x-api-key', 'privateKey', 'PRIVATE_KEY'])(
    'treats the key %s as a secret',
    (key) => {
      expect(isSecretKey(key)).toBe(true);
    },
  );

  it.each(['email', 'operation', 'requestId', 'status', 'path', 'keyword'])('keeps the key %s', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });

  it('replaces secrets at any depth and inside arrays, keeping everything else', () => {
    const input = {
      email: 'jdoe@example.com',
      input: { nested: { deeper: { password: 'hunter2', keep: 1 } } },
      list: [{ token: 'abc' }, { name: 'ok' }, [{ apiKey: 'k' }]],
      headers: { Authorization: 'Bearer abc.def', 'Set-Cookie': ['a=b'] },
    };
    expect(redact(input)).toEqual({
      email: 'jdoe@example.com',
      input: { nested: { deeper: { password: REDACTED, keep: 1 } } },
      list: [{ token: REDACTED }, { name: 'ok' }, [{ apiKey: REDACTED }]],
      headers: { Authorization: REDACTED, 'Set-Cookie': REDACTED },
    });
  });

  it('replaces JWT and bearer values under any key, also inside longer text', () => {
    expect(redact({ value: JWT, note: `sent Bearer abc123 and ${JWT} twice` })).toEqual({
      value: REDACTED,
      note: `sent ${REDACTED} and ${REDACTED} twice`,
    });
    expect(redactText('no secrets here: eyJ alone, bearer')).toBe('no secrets here: eyJ alone, bearer');
  });

  it('never changes its input', () => {
    const input = Object.freeze({ password: 'x', nested: Object.freeze({ token: 'y' }) });
    redact(input);
    expect(input).toEqual({ password: 'x', nested: { token: 'y' } });
  });

  it('survives cycles and keeps shared objects that are not cycles', () => {
    const shared = { a: 1 };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic['self'] = cyclic;
    expect(redact(cyclic)).toEqual({ shared: { a: 1 }, again: { a: 1 }, self: '[Circular]' });
  });

  it('keeps an error’s name, message, stack and extra fields, redacting them too', () => {
    const error = Object.assign(new Error(`token ${JWT} rejected`), { code: 'E1', secret: 's' });
    const result = redact({ error }) as { error: Record<string, unknown> };
    expect(result.error).toMatchObject({ name: 'Error', message: `token ${REDACTED} rejected`, code: 'E1', secret: REDACTED });
    expect(result.error['stack']).toEqual(expect.stringContaining('redact.spec.ts'));
  });

  it('turns values JSON cannot hold into text', () => {
    expect(redact({ big: 10n, when: new Date(0), bytes: Buffer.from('abc'), fn: () => 1 })).toEqual({
      big: '10',
      when: '1970-01-01T00:00:00.000Z',
      bytes: '[Buffer 3 bytes]',
      fn: undefined,
    });
  });
});
