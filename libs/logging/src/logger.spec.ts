import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { getLogger } from './logger';
import { configureLogging, loggingSnapshot, restoreLogging } from './logging-config';
import { REDACTED } from './redact';
import { runWithRequestContext, setRequestContextField } from './request-context';
import { captureLogs, type CapturedLogs } from './testing/capture-logs';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln';

describe('getLogger', () => {
  // Created before any capture is configured: loggers must follow later configuration.
  const log = getLogger('orders');
  let logs: CapturedLogs;
  afterEach(() => logs.restore());

  it('writes one JSON object per line with timestamp, level, module, message and fields', async () => {
    logs = captureLogs({ level: 'info' });
    log.info('order placed', { orderId: 7, items: ['a', 'b'] });
    const line = await logs.waitFor((entry) => entry['message'] === 'order placed');
    expect(line).toEqual({
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      level: 'info',
      module: 'orders',
      message: 'order placed',
      orderId: 7,
      items: ['a', 'b'],
    });
    expect(Object.keys(line).slice(0, 4)).toEqual(['timestamp', 'level', 'module', 'message']);
  });

  it('drops lines below the configured level', async () => {
    logs = captureLogs({ level: 'warn' });
    expect(log.isLevelEnabled('info')).toBe(false);
    expect(log.isLevelEnabled('error')).toBe(true);
    log.debug('too detailed');
    log.info('too chatty');
    log.warn('worth a look');
    log.error('broken');
    await logs.waitFor((entry) => entry['message'] === 'broken');
    expect(logs.lines().map((entry) => [entry['level'], entry['message']])).toEqual([
      ['warn', 'worth a look'],
      ['error', 'broken'],
    ]);
  });

  it('does not let fields replace the fixed keys', async () => {
    logs = captureLogs();
    log.info('real', { level: 'error', message: 'fake', module: 'other' });
    const line = await logs.waitFor(() => true);
    expect(line).toMatchObject({ level: 'info', message: 'real', module: 'orders' });
  });

  it('redacts secrets in fields at any depth and JWTs in the message', async () => {
    logs = captureLogs();
    log.info(`signed in with ${JWT}`, {
      variables: { input: { credentials: { user: 'u', password: 'p' } }, list: [{ sessionJwt: JWT }] },
      header: `Bearer ${JWT}`,
    });
    const line = await logs.waitFor(() => true);
    expect(line).toMatchObject({
      message: `signed in with ${REDACTED}`,
      variables: { input: { credentials: REDACTED }, list: [{ sessionJwt: REDACTED }] },
      header: REDACTED,
    });
    expect(JSON.stringify(logs.lines())).not.toContain('eyJ');
  });

  it('logs an error field with its name, message and stack', async () => {
    logs = captureLogs();
    log.error('failed', { error: new TypeError('bad thing') });
    const line = await logs.waitFor(() => true);
    expect(line['error']).toMatchObject({ name: 'TypeError', message: 'bad thing', stack: expect.stringContaining('TypeError: bad thing') });
  });

  it('adds the request id, user and operation to lines logged while handling a request, across awaits', async () => {
    logs = captureLogs();
    await runWithRequestContext({ requestId: 'req-1' }, async () => {
      log.info('start');
      await sleep(2);
      setRequestContextField('user', 'jdoe@example.com');
      setRequestContextField('operation', 'GetMe');
      await new Promise((resolve) => setImmediate(resolve));
      log.info('after awaits');
    });
    log.info('outside');
    await logs.waitFor((entry) => entry['message'] === 'outside');
    const byMessage = Object.fromEntries(logs.lines().map((entry) => [entry['message'], entry]));
    expect(byMessage['start']).toMatchObject({ requestId: 'req-1' });
    expect(byMessage['start']).not.toHaveProperty('user');
    expect(byMessage['after awaits']).toMatchObject({ requestId: 'req-1', user: 'jdoe@example.com', operation: 'GetMe' });
    expect(byMessage['outside']).not.toHaveProperty('requestId');
  });

  it('never mixes the context of concurrent requests', async () => {
    logs = captureLogs();
    const handle = (index: number) =>
      runWithRequestContext({ requestId: `req-${index}` }, async () => {
        setRequestContextField('user', `user${index}@example.com`);
        for (let step = 0; step < 3; step += 1) {
          // Interleave the requests: each waits a different time at each step.
          await sleep(((index * 7 + step * 3) % 5) + 1);
          log.info('step', { index, step });
        }
      });
    await Promise.all(Array.from({ length: 8 }, (_, index) => handle(index)));
    await logs.waitFor(() => logs.lines().length === 24);
    for (const line of logs.lines()) {
      expect(line['requestId']).toBe(`req-${String(line['index'])}`);
      expect(line['user']).toBe(`user${String(line['index'])}@example.com`);
    }
  });
});

describe('the development format', () => {
  const snapshot = loggingSnapshot();
  afterEach(() => restoreLogging(snapshot));

  it('writes readable lines rather than JSON, with the stack below', async () => {
    let text = '';
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        text += chunk.toString();
        done();
      },
    });
    configureLogging({ environment: 'development', level: 'debug', stdout });
    await runWithRequestContext({ requestId: 'dev-1' }, async () => {
      getLogger('dev').debug('hello', { password: 'p', n: 1 });
      getLogger('dev').error('failed', { error: new Error('boom') });
    });
    await sleep(10);
    const [first, second] = text.split('\n');
    expect(first).toMatch(/^\d\d:\d\d:\d\d\.\d{3} .*debug.* dev: hello \{"requestId":"dev-1","password":"\[REDACTED\]","n":1\}$/);
    expect(second).toMatch(/dev: failed/);
    expect(text).toContain('Error: boom\n    at ');
    expect(() => JSON.parse(first ?? '')).toThrow();
  });
});
