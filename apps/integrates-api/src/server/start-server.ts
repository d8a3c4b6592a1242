import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { closeStore, configureStore, ensureTable, startEmbeddedEngine, type EmbeddedEngine } from '@integrates/db-model';
import { getLogger } from '@integrates/logging';
import { drain } from '@integrates/multitasking';
import { loadOrCreateKey } from '@integrates/sessions';
import type { Config } from '../config/config';
import { createApp } from '../http/create-app';
import { serverTimeouts } from '../http/hardening/request-timeout';
import { startAcceptanceExpiry } from '../jobs/acceptance-expiry';
import { loadLocalReplica } from './local-replica';

const log = getLogger('server');

export interface RunningServer {
  readonly url: string;
  readonly server: Server;
  /** The embedded engine, when this process started one. */
  readonly engine?: EmbeddedEngine;
  /**
   * Stops accepting connections, lets in-flight requests and then scheduled background tasks finish
   * (each within SHUTDOWN_TIMEOUT_MS), closes the store and stops the engine.
   */
  readonly close: () => Promise<void>;
}

export interface StartOptions {
  readonly onUnexpectedError: (error: unknown) => void;
}

const sessionKeyFor = (config: Config): Uint8Array =>
  config.sessionSigningKey
    ? Buffer.from(config.sessionSigningKey, 'base64url')
    : loadOrCreateKey(join(resolve(config.dataDir), 'keys', 'session.key'));

/**
 * Without DYNAMODB_ENDPOINT, development keeps an embedded engine's data on disk under DATA_DIR and
 * tests keep it in memory; production then means AWS DynamoDB in AWS_REGION.
 */
const startEngine = async (config: Config): Promise<EmbeddedEngine | undefined> => {
  if (config.dynamodbEndpoint || config.environment === 'production') return undefined;
  return startEmbeddedEngine(
    config.environment === 'development' ? { path: join(resolve(config.dataDir), 'dynalite') } : {},
  );
};

const listen = (server: Server, port: number, host: string): Promise<void> =>
  new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });

export const startServer = async (config: Config, options: StartOptions): Promise<RunningServer> => {
  const engine = await startEngine(config);
  const endpoint = engine?.endpoint ?? config.dynamodbEndpoint;
  configureStore({ ...(endpoint ? { endpoint } : {}), region: config.awsRegion, tableName: config.tableName });
  if (engine) await ensureTable();
  if (engine) await loadLocalReplica(config);

  const app = createApp({ config, sessionKey: sessionKeyFor(config), onUnexpectedError: options.onUnexpectedError });
  const server = createServer(serverTimeouts(config.hardening.requestTimeoutMs), app);
  await listen(server, config.port, config.host);
  const { port } = server.address() as AddressInfo;
  const stopAcceptanceExpiry = startAcceptanceExpiry(sessionKeyFor(config));

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      stopAcceptanceExpiry();
      await new Promise<void>((resolveClose) => {
        const timer = setTimeout(() => server.closeAllConnections(), config.shutdownTimeoutMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolveClose();
        });
        server.closeIdleConnections();
      });
      const background = await drain(config.shutdownTimeoutMs);
      if (!background.finished) log.warn('Background tasks still running at shutdown', { pending: background.pending });
      closeStore();
      await engine?.stop();
    })();
    return closing;
  };

  return { url: `http://${config.host}:${port}`, server, ...(engine ? { engine } : {}), close };
};
