// dynalite has no published typings; the declaration beside this file must travel with it into
// every project that compiles db-model, which only a reference does.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./dynalite.d.ts" />
import type { AddressInfo } from 'node:net';
import { mkdirSync } from 'node:fs';
import dynalite from 'dynalite';

export interface EmbeddedEngine {
  readonly endpoint: string;
  readonly port: number;
  /** Stops accepting requests, closes the database, and resolves when both are done. */
  readonly stop: () => Promise<void>;
}

export interface EmbeddedEngineOptions {
  /** A directory for the data; unset keeps everything in memory. One engine per directory. */
  readonly path?: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

const STOP_GRACE_MS = 2000;

/** Starts dynalite, a DynamoDB-compatible engine, inside this process on loopback. */
export const startEmbeddedEngine = async (options: EmbeddedEngineOptions = {}): Promise<EmbeddedEngine> => {
  if (options.path) mkdirSync(options.path, { recursive: true });
  const server = dynalite({
    ...(options.path ? { path: options.path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve, reject) => {
      // Idle keep-alive sockets from clients would hold the close open; drop them after a grace period.
      const timer = setTimeout(() => server.closeAllConnections(), STOP_GRACE_MS);
      timer.unref();
      server.close((error) => {
        clearTimeout(timer);
        if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING') reject(error);
        else resolve();
      });
      server.closeIdleConnections();
    });
    return stopping;
  };
  return { endpoint: `http://${host}:${port}`, port, stop };
};
