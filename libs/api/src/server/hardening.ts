import type { Plugin, YogaServerOptions } from 'graphql-yoga';
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './limits/operation-limits';
import { useOperationLimits } from './limits/operation-limits-plugin';
import { DEFAULT_REQUEST_SIZE_LIMITS, requestSizeLimits, type RequestSizeLimits } from './limits/request-size';
import { DEFAULT_APQ_CACHE_SIZE, usePersistedOperationsModes, type PersistedOperationsOptions } from './persisted-operations';
import { useProductionMode } from './production-mode';
import { useRequestRules } from './request-rules';

/** How the GraphQL server defends itself; the host builds it from its configuration. */
export interface GraphQLHardening {
  /** Introspection off, suggestions removed, GET limited to persisted operations. */
  readonly production: boolean;
  /** Masked errors carry the original message and stack in `extensions.originalError` (development). */
  readonly exposeErrorDetails: boolean;
  readonly limits: OperationLimits;
  readonly requestSize: RequestSizeLimits;
  readonly persistedOperations: PersistedOperationsOptions;
}

export const DEFAULT_GRAPHQL_HARDENING: GraphQLHardening = {
  production: false,
  exposeErrorDetails: false,
  limits: DEFAULT_OPERATION_LIMITS,
  requestSize: DEFAULT_REQUEST_SIZE_LIMITS,
  persistedOperations: { mode: 'apq', manifest: new Map(), apqCacheSize: DEFAULT_APQ_CACHE_SIZE },
};

type HardenedOptions = Required<
  Pick<YogaServerOptions<object, object>, 'maxRequestBodySize' | 'fetchAPI' | 'batching' | 'cors'>
> & { readonly plugins: Plugin[] };

/** Yoga options to spread into createYoga; add `plugins` to any others. */
export const hardenedYogaOptions = (hardening: GraphQLHardening): HardenedOptions => {
  const size = requestSizeLimits(hardening.requestSize);
  return {
    maxRequestBodySize: size.maxRequestBodySize,
    fetchAPI: size.fetchAPI,
    batching: false,
    // The host answers CORS from its allow-list; Yoga's default would echo any Origin with credentials.
    cors: false,
    plugins: [
      useRequestRules({ documentsOverGet: !hardening.production }),
      ...size.plugins,
      ...usePersistedOperationsModes(hardening.persistedOperations),
      ...useOperationLimits(hardening.limits),
      ...(hardening.production ? useProductionMode() : []),
    ],
  };
};
