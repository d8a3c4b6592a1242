import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MATRIX_PATH, renderAuthzMatrix } from './render-matrix';

// Run by `npx nx run tools:authz-matrix` (node -r @swc-node/register): writes the matrix from the
// registry to docs/authz-matrix.md, or to the path given as the first argument.
const target = process.argv[2] === undefined ? resolve(__dirname, '../../..', MATRIX_PATH) : resolve(process.argv[2]);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, renderAuthzMatrix());
console.log(`wrote ${target}`);
