import { isIP } from 'node:net';
import {
  DEFAULT_APQ_CACHE_SIZE,
  DEFAULT_OPERATION_LIMITS,
  DEFAULT_REQUEST_SIZE_LIMITS,
  loadPersistedOperationsManifest,
  PersistedOperationsManifestError,
  schema as graphqlSchema,
  type OperationLimits,
  type PersistedOperationsMode,
  type RequestSizeLimits,
} from '@integrates/api';
import { z } from 'zod';

const PERSISTED_MODES = ['apq', 'allow-list'] as const satisfies readonly PersistedOperationsMode[];
/** Express's names for address ranges, usable in TRUST_PROXY. */
const PROXY_RANGE_NAMES: ReadonlySet<string> = new Set(['loopback', 'linklocal', 'uniquelocal']);

const count = (min: number, fallback: number) => {
  const message = min === 0 ? 'must be a whole number (0 or more)' : `must be a whole number, at least ${min}`;
  return z.coerce.number({ error: message }).int(message).min(min, message).default(fallback);
};

const list = (text: string | undefined): readonly string[] =>
  (text ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

const isOrigin = (text: string): boolean => {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
};

const isProxyRange = (text: string): boolean => {
  if (PROXY_RANGE_NAMES.has(text)) return true;
  const [address = '', bits, ...rest] = text.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
};

/** The variables that bound what a request may cost; each has a default. */
export const HARDENING_VARIABLES = {
  GRAPHQL_MAX_QUERY_LENGTH: count(1, DEFAULT_OPERATION_LIMITS.maxQueryLength),
  GRAPHQL_MAX_TOKENS: count(1, DEFAULT_OPERATION_LIMITS.maxTokens),
  GRAPHQL_MAX_DIRECTIVES: count(0, DEFAULT_OPERATION_LIMITS.maxDirectives),
  GRAPHQL_MAX_DEPTH: count(1, DEFAULT_OPERATION_LIMITS.maxDepth),
  GRAPHQL_MAX_BREADTH: count(1, DEFAULT_OPERATION_LIMITS.maxBreadth),
  GRAPHQL_MAX_ALIASES: count(0, DEFAULT_OPERATION_LIMITS.maxAliases),
  GRAPHQL_MAX_COST: count(1, DEFAULT_OPERATION_LIMITS.maxCost),
  GRAPHQL_PERSISTED_OPERATIONS: z
    .enum(PERSISTED_MODES, { error: `must be one of ${PERSISTED_MODES.join(', ')}` })
    .default('apq'),
  GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: z.string().trim().optional(),
  GRAPHQL_APQ_CACHE_SIZE: count(1, DEFAULT_APQ_CACHE_SIZE),
  HTTP_MAX_BODY_BYTES: count(1024, DEFAULT_REQUEST_SIZE_LIMITS.maxBodyBytes),
  UPLOAD_MAX_FILE_BYTES: count(1, DEFAULT_REQUEST_SIZE_LIMITS.maxUploadBytes),
  UPLOAD_MAX_FILES: count(0, DEFAULT_REQUEST_SIZE_LIMITS.maxUploads),
  REQUEST_TIMEOUT_MS: count(1000, 30000),
  CORS_ORIGINS: z
    .string()
    .optional()
    .transform(list)
    .refine((origins) => origins.every(isOrigin), {
      message: 'must be a comma-separated list of origins such as https://app.example.com (scheme, host and port only)',
    }),
  RATE_LIMIT_USER_PER_MINUTE: count(0, 600),
  RATE_LIMIT_TOKEN_PER_MINUTE: count(0, 600),
  RATE_LIMIT_ADDRESS_PER_MINUTE: count(0, 300),
  RATE_LIMIT_MAX_KEYS: count(100, 100000),
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((text): number | readonly string[] | false => {
      if (text === undefined || text.trim() === 'false') return false;
      return /^\d+$/.test(text.trim()) ? Number(text.trim()) : list(text);
    })
    .refine((value) => value === false || typeof value === 'number' || value.every(isProxyRange), {
      message: 'must be false, a number of proxy hops, or a comma-separated list of addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal',
    }),
};

export type HardeningValues = z.infer<z.ZodObject<typeof HARDENING_VARIABLES>>;

export interface RateLimitConfig {
  /** Requests a minute per signed-in user; 0 turns the limit off. */
  readonly userPerMinute: number;
  /** Requests a minute per API token whose user is not known. */
  readonly tokenPerMinute: number;
  /** Requests a minute per client address, for everyone else. */
  readonly addressPerMinute: number;
  /** Clients remembered at once; the least recently seen are forgotten first. */
  readonly maxKeys: number;
}

export interface HardeningConfig {
  readonly operationLimits: OperationLimits;
  readonly requestSize: RequestSizeLimits;
  readonly persistedOperations: {
    readonly mode: PersistedOperationsMode;
    readonly manifestPath?: string;
    /** The manifest's operations by SHA-256, read and checked against the schema at start. */
    readonly manifest: ReadonlyMap<string, string>;
    readonly apqCacheSize: number;
  };
  readonly requestTimeoutMs: number;
  readonly corsOrigins: readonly string[];
  readonly rateLimit: RateLimitConfig;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For names the client address. */
  readonly trustProxy: false | number | readonly string[];
}

const readManifest = (
  path: string | undefined,
  limits: OperationLimits,
): { manifest: ReadonlyMap<string, string>; problems: readonly string[] } => {
  if (!path) return { manifest: new Map(), problems: [] };
  try {
    return { manifest: loadPersistedOperationsManifest(path, graphqlSchema, limits), problems: [] };
  } catch (error) {
    const problems = error instanceof PersistedOperationsManifestError ? error.problems : [String(error)];
    return {
      manifest: new Map(),
      problems: problems.map((problem) => `GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: ${path}: ${problem}`),
    };
  }
};

/** The hardening part of the configuration, and what is wrong with it beyond each variable's own rule. */
export const hardeningConfigFrom = (
  values: HardeningValues,
): { readonly config: HardeningConfig; readonly problems: readonly string[] } => {
  const operationLimits: OperationLimits = {
    maxQueryLength: values.GRAPHQL_MAX_QUERY_LENGTH,
    maxTokens: values.GRAPHQL_MAX_TOKENS,
    maxDirectives: values.GRAPHQL_MAX_DIRECTIVES,
    maxDepth: values.GRAPHQL_MAX_DEPTH,
    maxBreadth: values.GRAPHQL_MAX_BREADTH,
    maxAliases: values.GRAPHQL_MAX_ALIASES,
    maxCost: values.GRAPHQL_MAX_COST,
  };
  const manifestPath = values.GRAPHQL_PERSISTED_OPERATIONS_MANIFEST || undefined;
  const { manifest, problems } = readManifest(manifestPath, operationLimits);
  const config: HardeningConfig = {
    operationLimits,
    requestSize: {
      maxBodyBytes: values.HTTP_MAX_BODY_BYTES,
      maxUploadBytes: values.UPLOAD_MAX_FILE_BYTES,
      maxUploads: values.UPLOAD_MAX_FILES,
    },
    persistedOperations: {
      mode: values.GRAPHQL_PERSISTED_OPERATIONS,
      ...(manifestPath ? { manifestPath } : {}),
      manifest,
      apqCacheSize: values.GRAPHQL_APQ_CACHE_SIZE,
    },
    requestTimeoutMs: values.REQUEST_TIMEOUT_MS,
    corsOrigins: values.CORS_ORIGINS,
    rateLimit: {
      userPerMinute: values.RATE_LIMIT_USER_PER_MINUTE,
      tokenPerMinute: values.RATE_LIMIT_TOKEN_PER_MINUTE,
      addressPerMinute: values.RATE_LIMIT_ADDRESS_PER_MINUTE,
      maxKeys: values.RATE_LIMIT_MAX_KEYS,
    },
    trustProxy: values.TRUST_PROXY,
  };
  const allowListWithoutManifest =
    config.persistedOperations.mode === 'allow-list' && !manifestPath
      ? ['GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: is required when GRAPHQL_PERSISTED_OPERATIONS is allow-list']
      : [];
  return { config, problems: [...problems, ...allowListWithoutManifest] };
};
