import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

const problemsOf = (env: Record<string, string>): readonly string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8001,
      host: '127.0.0.1',
      environment: 'development',
      awsRegion: 'us-east-1',
      tableName: 'integrates_vms',
      dataDir: '.data',
      logLevel: 'info',
      auditLog: 'stdout',
      shutdownTimeoutMs: 10000,
      exposeStoreCalls: false,
      seed: { enabled: true, file: 'database-design/database-design.json' },
      hardening: {
        operationLimits: {
          maxQueryLength: 3000,
          maxTokens: 1000,
          maxDirectives: 50,
          maxDepth: 8,
          maxBreadth: 3,
          maxAliases: 15,
          maxCost: 5000,
        },
        requestSize: { maxBodyBytes: 1048576, maxUploadBytes: 10485760, maxUploads: 5 },
        persistedOperations: { mode: 'apq', manifest: new Map(), apqCacheSize: 1000 },
        requestTimeoutMs: 30000,
        corsOrigins: [],
        rateLimit: { userPerMinute: 600, tokenPerMinute: 600, addressPerMinute: 300, maxKeys: 100000 },
        trustProxy: false,
      },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      ENVIRONMENT: 'test',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8022',
      AWS_REGION: 'eu-west-1',
      TABLE_NAME: 'my_table',
      DATA_DIR: '/tmp/x',
      LOG_LEVEL: 'debug',
      AUDIT_LOG: 'file',
      AUDIT_LOG_PATH: '/var/log/integrates/audit.log',
      EXPOSE_STORE_CALLS: 'true',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      environment: 'test',
      dynamodbEndpoint: 'http://127.0.0.1:8022',
      awsRegion: 'eu-west-1',
      tableName: 'my_table',
      dataDir: '/tmp/x',
      logLevel: 'debug',
      auditLog: 'file',
      auditLogPath: '/var/log/integrates/audit.log',
      exposeStoreCalls: true,
    });
    expect(loadConfig({ EXPOSE_STORE_CALLS: 'false' }).exposeStoreCalls).toBe(false);
  });

  it.each([
    ['PORT', 'abc', 'PORT: must be a whole number from 0 to 65535 (got "abc")'],
    ['PORT', '70000', 'PORT: must be a whole number from 0 to 65535 (got "70000")'],
    ['PORT', '80.5', 'PORT: must be a whole number from 0 to 65535 (got "80.5")'],
    ['ENVIRONMENT', 'prod', 'ENVIRONMENT: must be one of development, test, production (got "prod")'],
    ['DYNAMODB_ENDPOINT', 'ftp://db', 'DYNAMODB_ENDPOINT: must be an http(s) URL, for example http://127.0.0.1:8022 (got "ftp://db")'],
    ['AWS_REGION', 'moon', 'AWS_REGION: must be an AWS region name, for example us-east-1 (got "moon")'],
    ['TABLE_NAME', 'a#b', 'TABLE_NAME: must be 3 to 255 letters, digits, underscores, dots or dashes (got "a#b")'],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL: must be one of error, warn, info, http, verbose, debug, silly (got "loud")'],
    ['AUDIT_LOG', 'syslog', 'AUDIT_LOG: must be one of stdout, file (got "syslog")'],
    ['EXPOSE_STORE_CALLS', 'yes', 'EXPOSE_STORE_CALLS: must be true or false (got "yes")'],
    ['SESSION_SIGNING_KEY', 'short', 'SESSION_SIGNING_KEY: must be at least 32 random bytes in base64url (43 characters or more) (got a hidden value)'],
  ])('names %s when it is %s', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', ENVIRONMENT: 'y' })).toHaveLength(2);
  });

  it('requires AUDIT_LOG_PATH when the audit log goes to a file', () => {
    expect(problemsOf({ AUDIT_LOG: 'file' })).toEqual(['AUDIT_LOG_PATH: is required when AUDIT_LOG is file']);
    expect(problemsOf({ AUDIT_LOG: 'file', AUDIT_LOG_PATH: 'audit.log' })).toEqual([]);
  });

  it('requires a signing key in production', () => {
    expect(problemsOf({ ENVIRONMENT: 'production' })).toEqual([
      'SESSION_SIGNING_KEY: is required in production (at least 32 random bytes in base64url)',
    ]);
  });
});

describe('loadConfig: hardening variables', () => {
  const manifestFile = (content: unknown): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'persisted-documents.json');
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

  it('reads every hardening variable', () => {
    const { hardening } = loadConfig({
      GRAPHQL_MAX_QUERY_LENGTH: '5000',
      GRAPHQL_MAX_TOKENS: '900',
      GRAPHQL_MAX_DIRECTIVES: '10',
      GRAPHQL_MAX_DEPTH: '6',
      GRAPHQL_MAX_BREADTH: '4',
      GRAPHQL_MAX_ALIASES: '0',
      GRAPHQL_MAX_COST: '700',
      GRAPHQL_APQ_CACHE_SIZE: '50',
      HTTP_MAX_BODY_BYTES: '2048',
      UPLOAD_MAX_FILE_BYTES: '100',
      UPLOAD_MAX_FILES: '0',
      REQUEST_TIMEOUT_MS: '5000',
      CORS_ORIGINS: 'https://app.example.com, http://localhost:3000',
      RATE_LIMIT_USER_PER_MINUTE: '60',
      RATE_LIMIT_TOKEN_PER_MINUTE: '30',
      RATE_LIMIT_ADDRESS_PER_MINUTE: '0',
      RATE_LIMIT_MAX_KEYS: '500',
      TRUST_PROXY: 'loopback, 10.0.0.0/8',
    });
    expect(hardening).toEqual({
      operationLimits: { maxQueryLength: 5000, maxTokens: 900, maxDirectives: 10, maxDepth: 6, maxBreadth: 4, maxAliases: 0, maxCost: 700 },
      requestSize: { maxBodyBytes: 2048, maxUploadBytes: 100, maxUploads: 0 },
      persistedOperations: { mode: 'apq', manifest: new Map(), apqCacheSize: 50 },
      requestTimeoutMs: 5000,
      corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
      rateLimit: { userPerMinute: 60, tokenPerMinute: 30, addressPerMinute: 0, maxKeys: 500 },
      trustProxy: ['loopback', '10.0.0.0/8'],
    });
    expect(loadConfig({ TRUST_PROXY: '2' }).hardening.trustProxy).toBe(2);
  });

  it.each([
    ['GRAPHQL_MAX_DEPTH', '0', 'GRAPHQL_MAX_DEPTH: must be a whole number, at least 1 (got "0")'],
    ['GRAPHQL_MAX_QUERY_LENGTH', 'lots', 'GRAPHQL_MAX_QUERY_LENGTH: must be a whole number, at least 1 (got "lots")'],
    ['GRAPHQL_MAX_ALIASES', '-1', 'GRAPHQL_MAX_ALIASES: must be a whole number (0 or more) (got "-1")'],
    ['GRAPHQL_PERSISTED_OPERATIONS', 'strict', 'GRAPHQL_PERSISTED_OPERATIONS: must be one of apq, allow-list (got "strict")'],
    ['HTTP_MAX_BODY_BYTES', '100', 'HTTP_MAX_BODY_BYTES: must be a whole number, at least 1024 (got "100")'],
    ['REQUEST_TIMEOUT_MS', '1.5', 'REQUEST_TIMEOUT_MS: must be a whole number, at least 1000 (got "1.5")'],
    [
      'CORS_ORIGINS',
      'https://app.example.com/path',
      'CORS_ORIGINS: must be a comma-separated list of origins such as https://app.example.com (scheme, host and port only) (got "https://app.example.com/path")',
    ],
    [
      'TRUST_PROXY',
      'true',
      'TRUST_PROXY: must be false, a number of proxy hops, or a comma-separated list of addresses, subnets (10.0.0.0/8) or loopback, linklocal, uniquelocal (got "true")',
    ],
  ])('names %s when it is %s', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('requires a manifest for the allow-list mode', () => {
    expect(problemsOf({ GRAPHQL_PERSISTED_OPERATIONS: 'allow-list' })).toEqual([
      'GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: is required when GRAPHQL_PERSISTED_OPERATIONS is allow-list',
    ]);
  });

  it('loads a manifest whose hashes and documents check out', () => {
    const document = 'query Me { me { userEmail } }';
    const path = manifestFile({ [sha256(document)]: document });
    const { persistedOperations } = loadConfig({
      GRAPHQL_PERSISTED_OPERATIONS: 'allow-list',
      GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: path,
    }).hardening;
    expect(persistedOperations).toEqual({
      mode: 'allow-list',
      manifestPath: path,
      manifest: new Map([[sha256(document), document]]),
      apqCacheSize: 1000,
    });
  });

  it('names each bad entry of a manifest', () => {
    const unknownField = '{ me { shoeSize } }';
    const path = manifestFile({ [sha256(unknownField)]: unknownField, ['0'.repeat(64)]: '{ __typename }' });
    expect(problemsOf({ GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: path })).toEqual([
      `GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: ${path}: ${sha256(unknownField)}: Cannot query field "shoeSize" on type "Me".`,
      `GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: ${path}: ${'0'.repeat(64)}: is not the SHA-256 of its document`,
    ]);
    const tooLong = `{ __typename }${' '.repeat(100)}`;
    const longPath = manifestFile({ [sha256(tooLong)]: tooLong });
    expect(problemsOf({ GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: longPath, GRAPHQL_MAX_QUERY_LENGTH: '100' })).toEqual([
      `GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: ${longPath}: ${sha256(tooLong)}: Exception - Max query length exceeded (114 characters; at most 100)`,
    ]);
    const broken = manifestFile('{ not json');
    expect(problemsOf({ GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: broken })[0]).toMatch(
      new RegExp(`^GRAPHQL_PERSISTED_OPERATIONS_MANIFEST: ${broken}: .*JSON`),
    );
  });
});

describe('loadConfig: OpenID Connect sign-in', () => {
  const OIDC = {
    OIDC_ISSUER: 'https://accounts.example.com',
    OIDC_CLIENT_ID: 'integrates',
    OIDC_CLIENT_SECRET: 'a-client-secret-never-shown',
  };

  it('is off when none of the variables is set', () => {
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('reads the provider, the client and the callback, with the development default callback', () => {
    expect(loadConfig(OIDC).oidc).toEqual({
      issuer: 'https://accounts.example.com',
      clientId: 'integrates',
      clientSecret: 'a-client-secret-never-shown',
      redirectUrl: 'http://127.0.0.1:8001/authz_oidc',
    });
    const production = loadConfig({
      ...OIDC,
      ENVIRONMENT: 'production',
      SESSION_SIGNING_KEY: 'k'.repeat(43),
      OIDC_REDIRECT_URL: 'https://integrates.example.com/oidc/callback',
    });
    expect(production.oidc?.redirectUrl).toBe('https://integrates.example.com/oidc/callback');
  });

  it('needs the issuer, the client id and the secret together, naming each one missing', () => {
    expect(problemsOf({ OIDC_ISSUER: OIDC.OIDC_ISSUER })).toEqual([
      'OIDC_CLIENT_ID: is required when OIDC_ISSUER is set (OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET together)',
      'OIDC_CLIENT_SECRET: is required when OIDC_ISSUER is set (OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET together)',
    ]);
    expect(problemsOf({ OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' })).toEqual([
      'OIDC_ISSUER: is required when OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are set (OpenID Connect sign-in needs OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET together)',
    ]);
    expect(problemsOf({ OIDC_REDIRECT_URL: 'https://integrates.example.com/authz_oidc' })).toEqual([
      'OIDC_REDIRECT_URL: is only used with OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET; set them too, or unset it',
    ]);
  });

  it('needs the callback URL outside development, and https in production', () => {
    expect(problemsOf({ ...OIDC, ENVIRONMENT: 'test' })).toEqual([
      'OIDC_REDIRECT_URL: is required outside development when OpenID Connect sign-in is configured (the callback registered at the provider, for example https://integrates.example.com/authz_oidc)',
    ]);
    expect(
      problemsOf({
        ...OIDC,
        ENVIRONMENT: 'production',
        SESSION_SIGNING_KEY: 'k'.repeat(43),
        OIDC_ISSUER: 'http://accounts.example.com',
        OIDC_REDIRECT_URL: 'http://integrates.example.com/authz_oidc',
      }),
    ).toEqual(['OIDC_ISSUER: must use https in production', 'OIDC_REDIRECT_URL: must use https in production']);
  });

  it('refuses malformed URLs and never echoes the client secret', () => {
    expect(problemsOf({ ...OIDC, OIDC_ISSUER: 'accounts.example.com' })).toEqual([
      'OIDC_ISSUER: must be an http(s) URL, for example https://accounts.example.com (got "accounts.example.com")',
    ]);
    expect(problemsOf({ ...OIDC, OIDC_ISSUER: 'https://accounts.example.com/?tenant=1' })).toEqual([
      'OIDC_ISSUER: must be the issuer identifier, without a query (?...) (got "https://accounts.example.com/?tenant=1")',
    ]);
    expect(problemsOf({ ...OIDC, OIDC_REDIRECT_URL: 'https://integrates.example.com/authz_oidc#x' })).toEqual([
      'OIDC_REDIRECT_URL: must not have a fragment (#...) (got "https://integrates.example.com/authz_oidc#x")',
    ]);
    const problems = problemsOf({ OIDC_CLIENT_SECRET: OIDC.OIDC_CLIENT_SECRET });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).not.toContain(OIDC.OIDC_CLIENT_SECRET);
  });
});
