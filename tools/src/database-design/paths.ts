import { resolve } from 'node:path';

/** The workspace root, from this file's place in tools/src/database-design. */
export const WORKSPACE_ROOT = resolve(__dirname, '../../..');

/** Relative to the workspace root: the data files and the exported model. */
export const DATA_FILES_DIR = 'database-design/data';
export const EXPORT_PATH = 'database-design/database-design.json';
