import { join, resolve } from 'node:path';
import {
  closeStore,
  configureStore,
  ensureTable,
  loadDesignRows,
  readDesignFile,
  startEmbeddedEngine,
  wipeTable,
  type EmbeddedEngine,
  type SeedReport,
} from '@integrates/db-model';

export interface ResetOptions {
  /** DYNAMODB_ENDPOINT: unset means the app's embedded engine data under dataDir. */
  readonly endpoint?: string;
  /** DATA_DIR: the embedded engine keeps its data in `<dataDir>/dynalite`, as the app does. */
  readonly dataDir: string;
  readonly tableName: string;
  readonly region: string;
  readonly designFile: string;
  readonly adminEmail: string;
}

export interface ResetReport extends SeedReport {
  /** How many items the table held before. */
  readonly wiped: number;
  /** Where the data went: the endpoint, or the embedded engine's directory. */
  readonly store: string;
}

/** db-reset destroys data: it refuses anything but a local engine. */
export class ResetRefusedError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'ResetRefusedError';
  }
}

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** Whether an endpoint is on this machine: localhost, 127.0.0.0/8 or [::1]. */
export const isLoopbackEndpoint = (endpoint: string): boolean => {
  let hostname: string;
  try {
    hostname = new URL(endpoint).hostname.toLowerCase();
  } catch {
    return false;
  }
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
};

/** The embedded engine's directory for a DATA_DIR: the one `npm start` uses. */
export const embeddedDataPath = (dataDir: string): string => join(resolve(dataDir), 'dynalite');

/**
 * Empties the development table and loads the design file into it again (what `npm start` loads into
 * an empty table), with the local user's email in place of __adminEmail__. Without an endpoint it
 * opens the embedded engine's data under DATA_DIR; the app must not be running on it (one engine per
 * directory). The table and its indexes are created when missing.
 */
export const resetDatabase = async (options: ResetOptions): Promise<ResetReport> => {
  if (options.endpoint !== undefined && !isLoopbackEndpoint(options.endpoint)) {
    throw new ResetRefusedError(
      `DYNAMODB_ENDPOINT ${options.endpoint} is not on this machine: db-reset only wipes a local engine (localhost, 127.0.0.1, [::1])`,
    );
  }
  const rows = readDesignFile(options.designFile);
  let engine: EmbeddedEngine | undefined;
  try {
    if (options.endpoint === undefined) engine = await startEmbeddedEngine({ path: embeddedDataPath(options.dataDir) });
    const endpoint = engine?.endpoint ?? options.endpoint;
    configureStore({ ...(endpoint ? { endpoint } : {}), region: options.region, tableName: options.tableName });
    await ensureTable();
    const wiped = await wipeTable();
    const report = await loadDesignRows(rows, options.adminEmail);
    return { ...report, wiped, store: options.endpoint ?? embeddedDataPath(options.dataDir) };
  } finally {
    closeStore();
    await engine?.stop();
  }
};
