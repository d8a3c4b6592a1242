import { createTokenBuckets } from './token-buckets';

describe('token buckets', () => {
  it('lets a full minute through at once, then refuses with the wait until the next token', () => {
    const buckets = createTokenBuckets(10);
    const start = 1_000_000;
    for (let request = 0; request < 60; request += 1) expect(buckets.take('a', 60, start)).toEqual({ allowed: true });
    expect(buckets.take('a', 60, start)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(buckets.take('a', 6, start)).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('refills at the per-minute rate, never above the minute', () => {
    const buckets = createTokenBuckets(10);
    for (let request = 0; request < 2; request += 1) buckets.take('a', 2, 0);
    expect(buckets.take('a', 2, 0).allowed).toBe(false);
    expect(buckets.take('a', 2, 30_000).allowed).toBe(true);
    expect(buckets.take('a', 2, 30_000).allowed).toBe(false);
    // An hour idle refills two tokens, not 120.
    expect([1, 2, 3].map(() => buckets.take('a', 2, 3_600_000).allowed)).toEqual([true, true, false]);
  });

  it('keeps each key apart', () => {
    const buckets = createTokenBuckets(10);
    expect(buckets.take('a', 1, 0).allowed).toBe(true);
    expect(buckets.take('a', 1, 0).allowed).toBe(false);
    expect(buckets.take('b', 1, 0).allowed).toBe(true);
  });

  it('remembers at most maxKeys clients', () => {
    const buckets = createTokenBuckets(100);
    for (let key = 0; key < 10_000; key += 1) buckets.take(`client-${key}`, 10, 0);
    expect(buckets.size()).toBe(100);
  });
});
