import { EXPORT_PATH } from './paths';

export const STALE_MESSAGE = `${EXPORT_PATH} is stale: run npx nx run tools:schema-export`;

/** Undefined when the committed export equals the one the data files give now, else what to do. */
export const exportStaleness = (committed: string | undefined, current: string): string | undefined =>
  committed === current ? undefined : STALE_MESSAGE;
