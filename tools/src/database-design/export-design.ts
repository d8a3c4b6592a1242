import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { buildItems } from './build-items';
import { canonicalJson } from './canonical-json';
import { readDataFiles } from './data-files';
import { workbenchModel } from './workbench-model';

/** The exported model as written to disk: canonical JSON, so that the same inputs give the same bytes. */
export const renderDesign = (dataDir: string): string => canonicalJson(workbenchModel(buildItems(readDataFiles(dataDir))));

/**
 * Renders the model and replaces `target` with it. Everything is validated before anything is written,
 * and the write goes to a temporary file renamed over the target, so a failure leaves the old export.
 */
export const exportDesign = (dataDir: string, target: string): { readonly bytes: number } => {
  const content = renderDesign(dataDir);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
  return { bytes: Buffer.byteLength(content) };
};
