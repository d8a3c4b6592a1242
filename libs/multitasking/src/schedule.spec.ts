import { setTimeout as sleep } from 'node:timers/promises';
import { runWithRequestContext } from '@integrates/logging';
import { captureLogs, type CapturedLogs } from '@integrates/logging/testing';
import { drain, pendingTasks, schedule } from './schedule';

describe('schedule and drain', () => {
  let logs: CapturedLogs;
  beforeEach(() => {
    logs = captureLogs({ level: 'warn' });
  });
  afterEach(async () => {
    await drain(1000);
    logs.restore();
  });

  it('returns at once and runs the task in the background', async () => {
    const done: string[] = [];
    schedule(async () => {
      await sleep(5);
      done.push('task');
    });
    done.push('caller');
    expect(pendingTasks()).toBe(1);
    expect(await drain(1000)).toEqual({ finished: true, pending: 0 });
    expect(done).toEqual(['caller', 'task']);
  });

  it('logs a failure with the caller’s request id instead of an unhandled rejection', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      runWithRequestContext({ requestId: 'req-s' }, () => {
        schedule(async () => {
          await sleep(1);
          throw new Error('background boom');
        }, 'send mail');
        schedule(() => {
          throw new Error('sync boom');
        });
      });
      await drain(1000);
      await sleep(10);
      expect(unhandled).toEqual([]);
      const line = await logs.waitFor((entry) => entry['message'] === 'Unexpected error: background boom');
      expect(line).toMatchObject({ level: 'error', requestId: 'req-s', task: 'send mail', error: { stack: expect.any(String) } });
      await logs.waitFor((entry) => entry['message'] === 'Unexpected error: sync boom');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('hands back the outcome to whoever wants it', async () => {
    expect(await schedule(() => 42)).toEqual({ status: 'fulfilled', value: 42 });
  });

  it('drain waits for tasks scheduled while it waits', async () => {
    const done: string[] = [];
    schedule(async () => {
      await sleep(5);
      schedule(async () => {
        await sleep(5);
        done.push('second');
      });
      done.push('first');
    });
    expect(await drain(1000)).toEqual({ finished: true, pending: 0 });
    expect(done).toEqual(['first', 'second']);
  });

  it('drain gives up at its bound and says how much is left', async () => {
    let finished = false;
    schedule(async () => {
      await sleep(300);
      finished = true;
    });
    const started = performance.now();
    expect(await drain(20)).toEqual({ finished: false, pending: 1 });
    expect(finished).toBe(false);
    // It gave up rather than waiting for the task: the task is still running afterwards.
    expect(pendingTasks()).toBe(1);
    expect(performance.now() - started).toBeLessThan(300);
    expect(await drain(2000)).toEqual({ finished: true, pending: 0 });
    expect(finished).toBe(true);
  });

  it('drain with nothing scheduled finishes at once', async () => {
    expect(await drain(0)).toEqual({ finished: true, pending: 0 });
  });
});
