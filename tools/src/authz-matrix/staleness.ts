import { MATRIX_PATH, renderAuthzMatrix } from './render-matrix';

export const STALE_MESSAGE = `${MATRIX_PATH} is stale: run npx nx run tools:authz-matrix`;

/** The failure message when the committed matrix (undefined if missing) differs from the registry, else undefined. */
export const matrixStaleness = (committed: string | undefined, current: string = renderAuthzMatrix()): string | undefined =>
  committed === current ? undefined : STALE_MESSAGE;
