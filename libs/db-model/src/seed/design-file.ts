import { readFileSync } from 'node:fs';
import { fromDynamoJson, type DynamoJsonItem } from './dynamodb-json';
import type { Item } from '../store/operations';

/** The sample rows of one facet of the design file. */
export interface DesignFacetRows {
  readonly facet: string;
  readonly rows: readonly DynamoJsonItem[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The rows of every facet of a NoSQL Workbench model (`DataModel[].TableFacets[].TableData`), in file
 * order. A file of another shape fails with the path that did not fit.
 */
export const designRowsOf = (model: unknown, source = 'the design file'): readonly DesignFacetRows[] => {
  const tables = isObject(model) ? model['DataModel'] : undefined;
  if (!Array.isArray(tables)) throw new Error(`${source}: DataModel must be a list of tables`);
  return tables.flatMap((table: unknown, tableIndex) => {
    const facets = isObject(table) ? table['TableFacets'] : undefined;
    if (!Array.isArray(facets)) throw new Error(`${source}: DataModel[${tableIndex}].TableFacets must be a list`);
    return facets.map((facet: unknown, facetIndex) => {
      const where = `${source}: DataModel[${tableIndex}].TableFacets[${facetIndex}]`;
      if (!isObject(facet) || typeof facet['FacetName'] !== 'string') throw new Error(`${where}.FacetName must be a string`);
      const rows = facet['TableData'] ?? [];
      if (!Array.isArray(rows) || !rows.every(isObject)) throw new Error(`${where}.TableData must be a list of items`);
      return { facet: facet['FacetName'], rows };
    });
  });
};

export const readDesignFile = (path: string): readonly DesignFacetRows[] => {
  let model: unknown;
  try {
    model = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the design file ${path}: ${(error as Error).message}`, { cause: error });
  }
  return designRowsOf(model, path);
};

const replaceIn = (value: unknown, placeholder: RegExp, replacement: string): unknown => {
  if (typeof value === 'string') return value.replace(placeholder, () => replacement);
  if (Array.isArray(value)) return value.map((entry) => replaceIn(entry, placeholder, replacement));
  if (value instanceof Set) return new Set([...value].map((entry) => replaceIn(entry, placeholder, replacement)));
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, replaceIn(entry, placeholder, replacement)]));
  }
  return value;
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The rows as items, with every occurrence of `placeholder` in their strings (keys included) replaced.
 * Case is ignored: keys hold emails lowercased, so `USER#__adminEmail__` may be stored as `USER#__adminemail__`.
 */
export const designItems = (facets: readonly DesignFacetRows[], placeholder: string, replacement: string): readonly Item[] => {
  const pattern = new RegExp(escapeRegExp(placeholder), 'gi');
  return facets.flatMap(({ rows }) => rows.map((row) => replaceIn(fromDynamoJson(row), pattern, replacement) as Item));
};
