import { setTimeout as sleep } from 'node:timers/promises';
import { getRequestContext, requestIdFrom, runWithRequestContext, setRequestContextField } from './request-context';

describe('request context', () => {
  it('is absent outside a request, and setting a field there does nothing', () => {
    expect(getRequestContext()).toBeUndefined();
    expect(setRequestContextField('user', 'x@example.com')).toBe(false);
  });

  it('follows the request across awaits and timers, with fields set midway', async () => {
    const seen = await runWithRequestContext({ requestId: 'r1' }, async () => {
      await sleep(1);
      setRequestContextField('user', 'jdoe@example.com');
      await new Promise((resolve) => setImmediate(resolve));
      return getRequestContext();
    });
    expect(seen).toEqual({ requestId: 'r1', user: 'jdoe@example.com' });
  });

  it('keeps concurrent requests apart', async () => {
    const handle = (id: string, delay: number) =>
      runWithRequestContext({ requestId: id }, async () => {
        setRequestContextField('user', `${id}@example.com`);
        await sleep(delay);
        return getRequestContext();
      });
    const [first, second] = await Promise.all([handle('a', 20), handle('b', 1)]);
    expect(first).toEqual({ requestId: 'a', user: 'a@example.com' });
    expect(second).toEqual({ requestId: 'b', user: 'b@example.com' });
  });

  it('can clear a field', () => {
    runWithRequestContext({ requestId: 'r', operation: 'Me' }, () => {
      setRequestContextField('operation', undefined);
      expect(getRequestContext()).toEqual({ requestId: 'r' });
    });
  });

  it('takes a sane caller request id and replaces anything else with a UUID', () => {
    expect(requestIdFrom('abc-123.x:y_z')).toBe('abc-123.x:y_z');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const bad of [undefined, '', 'a'.repeat(129), 'has space', 'new\nline', '<script>', ['a', 'b']]) {
      expect(requestIdFrom(bad)).toMatch(uuid);
    }
    expect(requestIdFrom('a'.repeat(128))).toBe('a'.repeat(128));
  });
});
