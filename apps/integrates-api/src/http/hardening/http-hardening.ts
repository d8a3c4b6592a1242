import type { Request, RequestHandler } from 'express';
import type { GraphQLHardening } from '@integrates/api';
import type { Config } from '../../config/config';
import { corsFromAllowList } from './cors';
import { rateLimit, type RequestIdentity } from './rate-limit';
import { requestTimeout } from './request-timeout';
import { securityHeaders } from './security-headers';

export interface HttpHardening {
  /** For every route. */
  readonly securityHeaders: RequestHandler;
  /** In front of the GraphQL endpoint, in this order: CORS (so refusals are readable), rate limit, timeout. */
  readonly graphqlGuards: readonly RequestHandler[];
  /**
   * In front of the browser routes (sign-in, its callback, logout, invitation links) and unknown paths:
   * the per-address limit, in buckets of its own, since nobody is known yet on most of them.
   */
  readonly browserRoutesLimit: RequestHandler;
  /** For createGraphQLServer's `hardening` option. */
  readonly graphql: GraphQLHardening;
}

export const createHttpHardening = (config: Config, identify: (request: Request) => RequestIdentity): HttpHardening => {
  const { hardening } = config;
  return {
    securityHeaders: securityHeaders(config.environment),
    graphqlGuards: [
      corsFromAllowList(hardening.corsOrigins),
      rateLimit(hardening.rateLimit, identify),
      requestTimeout(hardening.requestTimeoutMs),
    ],
    browserRoutesLimit: rateLimit(hardening.rateLimit, () => ({})),
    graphql: {
      production: config.environment === 'production',
      exposeErrorDetails: config.environment === 'development',
      limits: hardening.operationLimits,
      requestSize: hardening.requestSize,
      persistedOperations: {
        mode: hardening.persistedOperations.mode,
        manifest: hardening.persistedOperations.manifest,
        apqCacheSize: hardening.persistedOperations.apqCacheSize,
      },
    },
  };
};
