import { setTimeout as sleep } from 'node:timers/promises';
import { isTimeoutError, TimeoutError, withTimeout } from './timeout';

describe('withTimeout', () => {
  it('passes through a value that arrives in time', async () => {
    expect(await withTimeout(sleep(1, 'value'), 1000)).toBe('value');
  });

  it('passes through a failure that arrives in time', async () => {
    await expect(withTimeout(Promise.reject(new Error('own failure')), 1000)).rejects.toThrow('own failure');
  });

  it('rejects with a typed TimeoutError when the promise is too slow', async () => {
    const error: unknown = await withTimeout(sleep(500), 10, 'Loading the group').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'TIMEOUT', timeoutMs: 10, message: 'Loading the group did not finish within 10 ms' });
  });

  it('refuses a negative bound', () => {
    expect(() => withTimeout(Promise.resolve(1), -1)).toThrow(RangeError);
  });
});
