import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { audit } from './audit';
import { getLogger } from './logger';
import { closeLogging, configureLogging, loggingSnapshot, restoreLogging } from './logging-config';
import { REDACTED } from './redact';
import { runWithRequestContext, setRequestContextField } from './request-context';
import { captureLogs } from './testing/capture-logs';

describe('audit', () => {
  const snapshot = loggingSnapshot();
  afterEach(() => restoreLogging(snapshot));

  it('writes who did what to which object with what outcome, with the request id and redacted details', async () => {
    const logs = captureLogs({ level: 'error' });
    runWithRequestContext({ requestId: 'req-9' }, () => {
      setRequestContextField('user', 'jdoe@example.com');
      audit({ action: 'group.remove', object: 'group:oneshot', outcome: 'denied', details: { reason: 'role', token: 'abc' } });
    });
    const line = await logs.waitFor((entry) => entry['log'] === 'audit');
    expect(line).toEqual({
      timestamp: expect.any(String),
      level: 'info',
      log: 'audit',
      actor: 'jdoe@example.com',
      action: 'group.remove',
      object: 'group:oneshot',
      outcome: 'denied',
      requestId: 'req-9',
      details: { reason: 'role', token: REDACTED },
      message: 'jdoe@example.com group.remove group:oneshot: denied',
    });
  });

  it('is not silenced by the application level once logging is configured', async () => {
    const logs = captureLogs({ level: 'error' });
    getLogger('x').info('hidden');
    audit({ actor: 'anonymous', action: 'session.sign_in', object: 'stakeholder:x', outcome: 'failed' });
    await logs.waitFor((entry) => entry['log'] === 'audit');
    expect(logs.lines()).toHaveLength(1);
  });

  it('goes to its own file when configured so, apart from the application log', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'audit-')), 'nested', 'audit.log');
    let stdout = '';
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        stdout += chunk.toString();
        done();
      },
    });
    configureLogging({ environment: 'production', level: 'info', audit: { target: 'file', path }, stdout: sink });
    getLogger('app').info('application line');
    audit({ actor: 'a@example.com', action: 'session.sign_in', object: 'stakeholder:a@example.com', outcome: 'allowed' });
    audit({ actor: 'a@example.com', action: 'session.sign_out', object: 'stakeholder:a@example.com', outcome: 'allowed' });
    await closeLogging();
    const records = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => record['action'])).toEqual(['session.sign_in', 'session.sign_out']);
    expect(stdout).toContain('application line');
    expect(stdout).not.toContain('session.sign_in');
  });

  it('refuses, at configuration, an audit file that cannot be written', () => {
    const directory = mkdtempSync(join(tmpdir(), 'audit-dir-'));
    expect(() => configureLogging({ environment: 'test', level: 'info', audit: { target: 'file', path: directory } })).toThrow(
      `cannot write the audit file ${directory}: EISDIR`,
    );
  });

  it('refuses a file target without a path', () => {
    expect(() => configureLogging({ environment: 'test', level: 'info', audit: { target: 'file' } })).toThrow(
      'audit.path is required',
    );
  });
});
