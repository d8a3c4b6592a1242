import { LRUCache } from 'lru-cache';

interface Bucket {
  readonly tokens: number;
  readonly updatedAt: number;
}

export type TakeResult = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number };

export interface TokenBuckets {
  /** Takes one token from `key`'s bucket, which holds up to `perMinute` and refills at that rate. */
  readonly take: (key: string, perMinute: number, now?: number) => TakeResult;
  readonly size: () => number;
}

/**
 * One token bucket per key, at most `maxKeys` of them: the least recently used are forgotten first,
 * so memory stays bounded whatever the number of clients. A forgotten bucket comes back full.
 */
export const createTokenBuckets = (maxKeys: number): TokenBuckets => {
  const buckets = new LRUCache<string, Bucket>({ max: maxKeys });
  return {
    take: (key, perMinute, now = Date.now()) => {
      const perMs = perMinute / 60_000;
      const previous = buckets.get(key);
      const tokens = previous ? Math.min(perMinute, previous.tokens + (now - previous.updatedAt) * perMs) : perMinute;
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, updatedAt: now });
        return { allowed: true };
      }
      buckets.set(key, { tokens, updatedAt: now });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    },
    size: () => buckets.size,
  };
};
