import type { Request, RequestHandler } from 'express';
import type { RateLimitConfig } from '../../config/hardening-config';
import { createTokenBuckets } from './token-buckets';

/**
 * Who is calling, as far as the host knows, however they proved it (session cookie, API token, ...).
 * The most specific known part names the rate-limit bucket.
 */
export interface RequestIdentity {
  readonly userEmail?: string;
  readonly tokenId?: string;
}

export type RateLimitSubject =
  | { readonly kind: 'user'; readonly id: string }
  | { readonly kind: 'token'; readonly id: string }
  | { readonly kind: 'address'; readonly id: string };

/** The client address Express derived (X-Forwarded-For only through TRUST_PROXY). */
export const clientAddress = (request: Request): string => request.ip ?? request.socket.remoteAddress ?? 'unknown';

/** The user when known, else the API token, else the client address. */
export const rateLimitSubject = (identity: RequestIdentity, address: string): RateLimitSubject => {
  if (identity.userEmail) return { kind: 'user', id: identity.userEmail.toLowerCase() };
  if (identity.tokenId) return { kind: 'token', id: identity.tokenId };
  return { kind: 'address', id: address };
};

/**
 * Refuses a subject that has used up its requests with 429, `Retry-After` in seconds and a
 * GraphQL-shaped body, before any GraphQL work is done. A limit of 0 turns that kind off.
 */
export const rateLimit = (config: RateLimitConfig, identify: (request: Request) => RequestIdentity): RequestHandler => {
  const buckets = createTokenBuckets(config.maxKeys);
  const perMinute = { user: config.userPerMinute, token: config.tokenPerMinute, address: config.addressPerMinute };
  return (request, response, next) => {
    const subject = rateLimitSubject(identify(request), clientAddress(request));
    const limit = perMinute[subject.kind];
    const outcome = limit > 0 ? buckets.take(`${subject.kind}:${subject.id}`, limit) : { allowed: true as const };
    if (outcome.allowed) {
      next();
      return;
    }
    response
      .status(429)
      .set('Retry-After', String(outcome.retryAfterSeconds))
      .json({
        errors: [
          {
            message: `Exception - Too many requests: at most ${limit} a minute per ${subject.kind}, retry after ${outcome.retryAfterSeconds} s`,
            extensions: { code: 'TOO_MANY_REQUESTS' },
          },
        ],
      });
  };
};
