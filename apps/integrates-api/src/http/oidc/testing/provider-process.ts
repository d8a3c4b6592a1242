import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface TestAccountClaims {
  readonly email?: string;
  readonly email_verified?: boolean;
  readonly given_name?: string;
  readonly family_name?: string;
}

export interface TestClient {
  readonly client_id: string;
  readonly client_secret: string;
  readonly redirect_uris: readonly string[];
}

export interface RunningProvider {
  readonly issuer: string;
  readonly stop: () => Promise<void>;
}

const SCRIPT = join(__dirname, 'oidc-provider.mjs');

/**
 * Starts oidc-provider (ESM-only, so in its own node process) on a free loopback port with one client and
 * the given accounts (the development login form names an account by its key; any password goes).
 */
export const startOidcProvider = async (
  testClient: TestClient,
  accounts: Readonly<Record<string, TestAccountClaims>>,
  startTimeoutMs = 15000,
): Promise<RunningProvider> => {
  const child = spawn(process.execPath, [SCRIPT], {
    env: { ...process.env, OIDC_TEST_CLIENT: JSON.stringify(testClient), OIDC_TEST_ACCOUNTS: JSON.stringify(accounts) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  const exited = once(child, 'exit');
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  const lines = createInterface({ input: child.stdout });
  const firstLine = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The OpenID provider did not start within ${startTimeoutMs} ms: ${stderr}`)), startTimeoutMs);
    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line);
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`The OpenID provider exited before starting: ${stderr}`));
    });
  });
  try {
    const { issuer } = JSON.parse(await firstLine) as { issuer: string };
    return { issuer, stop };
  } catch (error) {
    await stop();
    throw error;
  }
};
