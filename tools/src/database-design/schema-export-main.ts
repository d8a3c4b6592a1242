import { relative, resolve } from 'node:path';
import { DesignDataError } from './design-data-error';
import { exportDesign } from './export-design';
import { DATA_FILES_DIR, EXPORT_PATH, WORKSPACE_ROOT } from './paths';

// Run by `npx nx run tools:schema-export` (node -r @swc-node/register): validates the data files and
// writes database-design/database-design.json. Arguments (for tests): [data directory] [target file].
// Paths in messages are relative to where the command runs (the workspace root under nx).
const dataDir = process.argv[2] ?? (relative(process.cwd(), resolve(WORKSPACE_ROOT, DATA_FILES_DIR)) || '.');
const target = resolve(process.argv[3] ?? resolve(WORKSPACE_ROOT, EXPORT_PATH));
try {
  const { bytes } = exportDesign(dataDir, target);
  console.log(`wrote ${target} (${bytes} bytes)`);
} catch (error) {
  if (!(error instanceof DesignDataError)) throw error;
  console.error(`schema-export: ${error.message}\nThe export was not written; ${target} is unchanged.`);
  process.exitCode = 1;
}
