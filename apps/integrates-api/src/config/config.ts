import { z } from 'zod';
import { HARDENING_VARIABLES, hardeningConfigFrom, type HardeningConfig } from './hardening-config';
import { OIDC_VARIABLES, oidcConfigFrom, type OidcConfig } from './oidc-config';
import { SEED_VARIABLES, seedConfigFrom, type SeedConfig } from './seed-config';

const ENVIRONMENTS = ['development', 'test', 'production'] as const;
const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;
const AUDIT_LOG_TARGETS = ['stdout', 'file'] as const;

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const schema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a whole number from 0 to 65535' })
    .int('must be a whole number from 0 to 65535')
    .min(0, 'must be a whole number from 0 to 65535')
    .max(65535, 'must be a whole number from 0 to 65535')
    .default(8001),
  HOST: z.string().trim().min(1, 'must name an interface address, for example 127.0.0.1').default('127.0.0.1'),
  ENVIRONMENT: z.enum(ENVIRONMENTS, { error: `must be one of ${ENVIRONMENTS.join(', ')}` }).default('development'),
  DYNAMODB_ENDPOINT: optionalText.pipe(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, for example http://127.0.0.1:8022' }).optional(),
  ),
  AWS_REGION: z
    .string()
    .trim()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d+$/, 'must be an AWS region name, for example us-east-1')
    .default('us-east-1'),
  TABLE_NAME: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'must be 3 to 255 letters, digits, underscores, dots or dashes')
    .default('integrates_vms'),
  DATA_DIR: z.string().trim().min(1, 'must be a directory path').default('.data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  AUDIT_LOG: z.enum(AUDIT_LOG_TARGETS, { error: `must be one of ${AUDIT_LOG_TARGETS.join(', ')}` }).default('stdout'),
  AUDIT_LOG_PATH: optionalText,
  SESSION_SIGNING_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{43,}$/, 'must be at least 32 random bytes in base64url (43 characters or more)')
      .optional(),
  ),
  SHUTDOWN_TIMEOUT_MS: z.coerce
    .number({ error: 'must be a whole number of milliseconds' })
    .int('must be a whole number of milliseconds')
    .min(0, 'must be a whole number of milliseconds')
    .default(10000),
  EXPOSE_STORE_CALLS: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  ...HARDENING_VARIABLES,
  ...OIDC_VARIABLES,
  ...SEED_VARIABLES,
});

export type Environment = (typeof ENVIRONMENTS)[number];

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly environment: Environment;
  readonly dynamodbEndpoint?: string;
  readonly awsRegion: string;
  readonly tableName: string;
  readonly dataDir: string;
  readonly logLevel: (typeof LOG_LEVELS)[number];
  /** Where audit records go: standard output, or the file at auditLogPath. */
  readonly auditLog: (typeof AUDIT_LOG_TARGETS)[number];
  readonly auditLogPath?: string;
  readonly sessionSigningKey?: string;
  readonly shutdownTimeoutMs: number;
  /** Answer each request with `x-store-calls`, the data-store requests it made (benchmarks and N+1 tests; off by default). */
  readonly exposeStoreCalls: boolean;
  /** Operation limits, request sizes, persisted operations, timeouts, CORS, rate limits, proxies. */
  readonly hardening: HardeningConfig;
  /** OpenID Connect sign-in; absent when it is not configured (then /login answers 404). */
  readonly oidc?: OidcConfig;
  /** The local replica's test data (development with the embedded engine). */
  readonly seed: SeedConfig;
}

/** Every problem found in the environment, one line per variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Never echoed back in error messages. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['SESSION_SIGNING_KEY', 'OIDC_CLIENT_SECRET']);

type Env = Readonly<Record<string, string | undefined>>;

const crossChecks = (config: Config): readonly string[] => [
  ...(config.environment === 'production' && !config.sessionSigningKey
    ? ['SESSION_SIGNING_KEY: is required in production (at least 32 random bytes in base64url)']
    : []),
  ...(config.auditLog === 'file' && !config.auditLogPath ? ['AUDIT_LOG_PATH: is required when AUDIT_LOG is file'] : []),
];

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export const loadConfig = (env: Env = process.env): Config => {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.keys(schema.shape).map((name) => [name, env[name] === '' ? undefined : env[name]])),
  );
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const shown = SECRET_VARIABLES.has(name) ? 'a hidden value' : JSON.stringify(env[name]);
        return `${name}: ${issue.message} (got ${shown})`;
      }),
    );
  }
  const value = parsed.data;
  const hardening = hardeningConfigFrom(value);
  const oidc = oidcConfigFrom(value, value.ENVIRONMENT);
  const config: Config = {
    port: value.PORT,
    host: value.HOST,
    environment: value.ENVIRONMENT,
    ...(value.DYNAMODB_ENDPOINT ? { dynamodbEndpoint: value.DYNAMODB_ENDPOINT } : {}),
    awsRegion: value.AWS_REGION,
    tableName: value.TABLE_NAME,
    dataDir: value.DATA_DIR,
    logLevel: value.LOG_LEVEL,
    auditLog: value.AUDIT_LOG,
    ...(value.AUDIT_LOG_PATH ? { auditLogPath: value.AUDIT_LOG_PATH } : {}),
    ...(value.SESSION_SIGNING_KEY ? { sessionSigningKey: value.SESSION_SIGNING_KEY } : {}),
    shutdownTimeoutMs: value.SHUTDOWN_TIMEOUT_MS,
    exposeStoreCalls: value.EXPOSE_STORE_CALLS,
    hardening: hardening.config,
    ...(oidc.config ? { oidc: oidc.config } : {}),
    seed: seedConfigFrom(value),
  };
  const problems = [...crossChecks(config), ...hardening.problems, ...oidc.problems];
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
};
