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
      shutdownTimeoutMs: 10000,
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
    });
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
    ['SESSION_SIGNING_KEY', 'short', 'SESSION_SIGNING_KEY: must be at least 32 random bytes in base64url (43 characters or more) (got a hidden value)'],
  ])('names %s when it is %s', (name, value, message) => {
    expect(problemsOf({ [name]: value })).toEqual([message]);
  });

  it('reports every bad variable at once', () => {
    expect(problemsOf({ PORT: 'x', ENVIRONMENT: 'y' })).toHaveLength(2);
  });

  it('requires a signing key in production', () => {
    expect(problemsOf({ ENVIRONMENT: 'production' })).toEqual([
      'SESSION_SIGNING_KEY: is required in production (at least 32 random bytes in base64url)',
    ]);
  });
});
