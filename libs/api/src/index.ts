export { schema } from './schema';
export * from './server/graphql-server';
export type { GraphQLContext } from './builder/context';
export * from './server/hardening';
export { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './server/limits/operation-limits';
export { DEFAULT_REQUEST_SIZE_LIMITS, type RequestSizeLimits } from './server/limits/request-size';
export {
  DEFAULT_APQ_CACHE_SIZE,
  sha256Hex,
  type PersistedOperationsMode,
  type PersistedOperationsOptions,
} from './server/persisted-operations';
export { loadPersistedOperationsManifest, PersistedOperationsManifestError } from './server/persisted-operations-manifest';
