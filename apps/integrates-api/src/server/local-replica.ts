import { resolve } from 'node:path';
import { isTableEmpty, loadDesignRows, localAdminEmail, readDesignFile, type DesignFacetRows } from '@integrates/db-model';
import { getLogger } from '@integrates/logging';
import type { Config } from '../config/config';

const log = getLogger('local-replica');

const designRows = (file: string): readonly DesignFacetRows[] | undefined => {
  try {
    return readDesignFile(file);
  } catch (error) {
    // The API works without test data; a missing or broken file is reported, not fatal.
    log.warn(`The local replica was not loaded: ${(error as Error).message}`);
    return undefined;
  }
};

/**
 * Development with the embedded engine: an empty table gets the test data of the design file, with
 * the local user's email in place of __adminEmail__. A table with data is left alone, so what a
 * developer adds survives restarts (`npx nx run tools:db-reset` reloads the seed).
 */
export const loadLocalReplica = async (config: Config): Promise<void> => {
  if (config.environment !== 'development' || !config.seed.enabled) return;
  if (!(await isTableEmpty())) {
    log.info(`The table ${config.tableName} has data: the test data was not loaded (npx nx run tools:db-reset reloads it)`);
    return;
  }
  const file = resolve(config.seed.file);
  const rows = designRows(file);
  if (!rows) return;
  const report = await loadDesignRows(rows, localAdminEmail(config.seed.adminEmail));
  log.info(
    `Loaded the local replica: ${report.rows} rows of ${report.facets} facets from ${config.seed.file} in ${report.durationMs} ms; ` +
      `the local user is ${report.adminEmail} (/dev/login?email=${report.adminEmail})`,
    { rows: report.rows, facets: report.facets, durationMs: report.durationMs, adminEmail: report.adminEmail },
  );
};
