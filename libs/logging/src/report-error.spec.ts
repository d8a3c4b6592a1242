import { runWithRequestContext } from './request-context';
import { reportError, setErrorReporter, type ErrorReport } from './report-error';
import { captureLogs, type CapturedLogs } from './testing/capture-logs';

describe('reportError', () => {
  let logs: CapturedLogs;
  beforeEach(() => {
    logs = captureLogs({ level: 'warn' });
  });
  afterEach(() => logs.restore());

  it('logs an unexpected error once, with its stack, the request id and the context', async () => {
    const error = new Error('database exploded');
    runWithRequestContext({ requestId: 'req-e' }, () => {
      reportError(error, { operation: 'GetMe', password: 'p' });
      reportError(error, { again: true });
    });
    await logs.waitFor(() => true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logs.lines()).toHaveLength(1);
    expect(logs.lines()[0]).toMatchObject({
      level: 'error',
      module: 'errors',
      message: 'Unexpected error: database exploded',
      requestId: 'req-e',
      operation: 'GetMe',
      password: '[REDACTED]',
      error: { name: 'Error', message: 'database exploded', stack: expect.stringContaining('report-error.spec.ts') },
    });
  });

  it('reports values that are not errors', async () => {
    reportError('a plain string');
    expect(await logs.waitFor(() => true)).toMatchObject({ message: 'Unexpected error: a plain string', error: 'a plain string' });
  });

  it('hands each error to the plugged-in reporter with the request context, and can unplug it', () => {
    const reports: ErrorReport[] = [];
    const unplug = setErrorReporter((report) => reports.push(report));
    const error = new Error('tracked');
    runWithRequestContext({ requestId: 'req-t', user: 'u@example.com' }, () => reportError(error, { token: 't', step: 2 }));
    unplug();
    reportError(new Error('not tracked'));
    expect(reports).toEqual([{ error, context: { token: '[REDACTED]', step: 2, requestId: 'req-t', user: 'u@example.com' } }]);
  });

  it('survives a reporter that throws, and says so', async () => {
    const unplug = setErrorReporter(() => {
      throw new Error('tracker down');
    });
    try {
      expect(() => reportError(new Error('original'))).not.toThrow();
    } finally {
      unplug();
    }
    const warning = await logs.waitFor((line) => line['level'] === 'warn');
    expect(warning).toMatchObject({ message: 'The error reporter failed', error: { message: 'tracker down' } });
  });
});
