import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, type Config } from '../config/config';
import { startServer, type RunningServer } from '../server/start-server';

export interface TestServer extends RunningServer {
  readonly config: Config;
  readonly errors: readonly unknown[];
}

/** A real server on a free loopback port. Without DYNAMODB_ENDPOINT it brings its own in-memory engine. */
export const startTestServer = async (env: Record<string, string> = {}): Promise<TestServer> => {
  const config = loadConfig({
    ENVIRONMENT: 'test',
    PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'integrates-')),
    SESSION_SIGNING_KEY: randomBytes(32).toString('base64url'),
    SHUTDOWN_TIMEOUT_MS: '2000',
    ...env,
  });
  const errors: unknown[] = [];
  const running = await startServer(config, { onUnexpectedError: (error) => errors.push(error) });
  return { ...running, config, errors };
};

export const postGraphQL = async (
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; cookie?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> => {
  const response = await fetch(`${url}/api`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...(options.cookie ? { cookie: options.cookie, 'x-integrates-csrf': '1' } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return { status: response.status, body: (await response.json()) as never };
};
