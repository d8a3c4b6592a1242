import { ADMIN_EMAIL_PLACEHOLDER, allFacets, type Facet } from '@integrates/db-model';
import { IntegratesError } from '@integrates/errors';
import type { DataFile } from './data-files';
import { DesignDataError } from './design-data-error';
import { unknownAttribute } from './schema-attributes';

export type Row = Readonly<Record<string, unknown>>;
export type Item = Readonly<Record<string, unknown>>;

/** The items of one facet, in data-file order. */
export interface FacetItems {
  readonly facet: Facet<unknown>;
  readonly items: readonly Item[];
}

/**
 * Guard items are written by db-model's add functions next to the metadata they guard; here they are
 * derived from the metadata rows the same way, so the data files cannot disagree with them.
 */
const GUARDS: readonly { readonly guard: string; readonly from: string; readonly record: (row: Row) => Row }[] = [
  { guard: 'organization_name', from: 'organization_metadata', record: (row) => ({ name: row['name'], organizationId: row['id'] }) },
  { guard: 'group_id', from: 'group_metadata', record: (row) => ({ name: row['name'], organizationId: row['organizationId'] }) },
  { guard: 'finding_id', from: 'finding_metadata', record: (row) => ({ id: row['id'], groupName: row['groupName'] }) },
  {
    guard: 'finding_type',
    from: 'finding_metadata',
    record: (row) => ({
      groupName: row['groupName'],
      code: String(row['title']).split('.')[0],
      findingId: row['id'],
      takenAt: (row['creation'] as { modifiedDate?: unknown } | undefined)?.modifiedDate,
    }),
  },
];

const toCamel = (name: string): string => name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());

/** The record fields that fill a key template's lowercase parts (`USER#email#GROUP#group_name`: email, groupName). */
export const templateFields = (template: string): readonly string[] =>
  template
    .split('#')
    .filter((part) => part !== '' && part !== part.toUpperCase())
    .map(toCamel);

const keyValue = (part: string, row: Row): string => {
  const value = String(row[toCamel(part)] ?? '');
  // db-model keys hold emails lowercased (USER#email), and so do the history keys it reads.
  return part === 'email' ? value.toLowerCase() : value;
};

/** Fills a key template from a record, the original's key grammar: UPPERCASE parts literal, lowercase parts values. */
export const fillTemplate = (template: string, row: Row): string =>
  template
    .split('#')
    .map((part) => (part !== '' && part !== part.toUpperCase() ? keyValue(part, row) : part))
    .join('#');

/** History rows hold a past state; its keys come from the facet's key template, filled from the row. */
const isHistoric = (facet: Facet<unknown>): boolean => facet.keyTemplate.sk.endsWith('#modified_date');

const rowId = (facet: Facet<unknown>, row: Row): string =>
  [...new Set([...templateFields(facet.keyTemplate.pk), ...templateFields(facet.keyTemplate.sk)])]
    .filter((field) => row[field] !== undefined)
    .map((field) => `${field} ${String(row[field])}`)
    .join(', ');

/** `Attribute 'state.accepted_until' ...` in a toolbox message, as the camelCase path of the data file. */
const attributeOf = (error: IntegratesError): string | undefined => {
  const named = /Attribute '([^']+)'/.exec(error.message)?.[1];
  if (named) return named.split('.').map(toCamel).join('.');
  const part = error.details['part'];
  return typeof part === 'string' ? toCamel(part.replace(/ /g, '_')) : undefined;
};

const recordOf = (facet: Facet<unknown>, row: Row): Row => {
  if (!isHistoric(facet)) return row;
  const identity = new Set(templateFields(facet.keyTemplate.pk));
  const state = Object.fromEntries(Object.entries(row).filter(([field]) => !identity.has(field)));
  return { ...state, pk: fillTemplate(facet.keyTemplate.pk, row), sk: fillTemplate(facet.keyTemplate.sk, row) };
};

const checkHistoricIdentity = (facet: Facet<unknown>, row: Row): string | undefined =>
  [...templateFields(facet.keyTemplate.pk), 'modifiedDate'].find((field) => typeof row[field] !== 'string' || row[field] === '');

// Keys lowercase emails, which turns the placeholder into `__adminemail__`; the export spells it one way.
const lowercasePlaceholder = ADMIN_EMAIL_PLACEHOLDER.toLowerCase();
const normalizePlaceholder = (value: unknown): unknown => {
  if (typeof value === 'string') return value.split(lowercasePlaceholder).join(ADMIN_EMAIL_PLACEHOLDER);
  if (Array.isArray(value)) return value.map(normalizePlaceholder);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, normalizePlaceholder(entry)]));
  }
  return value;
};

const toItem = (file: DataFile, facet: Facet<unknown>, row: Row, index: number): Item => {
  const fail = (attribute: string | undefined, message: string): never => {
    throw new DesignDataError({ file: file.file, row: index, rowId: rowId(facet, row), ...(attribute ? { attribute } : {}), message });
  };
  if (isHistoric(facet)) {
    const missing = checkHistoricIdentity(facet, row);
    if (missing) fail(missing, `is required: it fills the key ${facet.keyTemplate.pk} / ${facet.keyTemplate.sk}`);
  }
  const record = recordOf(facet, row);
  const unknown = unknownAttribute(facet, isHistoric(facet) ? { ...record, pk: undefined, sk: undefined } : record);
  if (unknown) fail(unknown, `is not an attribute of ${facet.name}`);
  try {
    return normalizePlaceholder(facet.toItem(record)) as Item;
  } catch (error) {
    if (error instanceof IntegratesError) return fail(attributeOf(error), error.message);
    throw error;
  }
};

const facetNamed = (file: DataFile): Facet<unknown> => {
  const facet = allFacets().find((candidate) => candidate.name === file.facet);
  if (!facet) {
    throw new DesignDataError({
      file: file.file,
      message: `names no facet: data files are named after a facet (${allFacets().map((known) => known.name).join(', ')})`,
    });
  }
  const guard = GUARDS.find((candidate) => candidate.guard === facet.name);
  if (guard) throw new DesignDataError({ file: file.file, message: `is derived from ${guard.from}: remove this file` });
  return facet;
};

const checkUniqueKeys = (facets: readonly FacetItems[], fileOf: (facet: string) => string): void => {
  const seen = new Map<string, string>();
  for (const { facet, items } of facets) {
    items.forEach((item, index) => {
      const key = `${String(item['pk'])} / ${String(item['sk'])}`;
      const where = `${fileOf(facet.name)} row ${index}`;
      const previous = seen.get(key);
      if (previous) throw new DesignDataError({ file: fileOf(facet.name), row: index, message: `has the key ${key}, as ${previous} does` });
      seen.set(key, where);
    });
  }
};

/**
 * Validates every row of every data file through its facet (db-model's `toItem`, the single source of
 * keys) and gives the items of every facet, guards derived from their metadata, facets sorted by name.
 * The first bad row stops it with a DesignDataError naming the file, the row and the attribute.
 */
export const buildItems = (files: readonly DataFile[]): readonly FacetItems[] => {
  const byFacet = new Map<string, Item[]>();
  const rowsByFacet = new Map<string, readonly Row[]>();
  for (const file of files) {
    const facet = facetNamed(file);
    if (byFacet.has(facet.name)) throw new DesignDataError({ file: file.file, message: `is a second file for ${facet.name}` });
    byFacet.set(facet.name, file.rows.map((row, index) => toItem(file, facet, row, index)));
    rowsByFacet.set(facet.name, file.rows);
  }
  for (const guard of GUARDS) {
    const facet = allFacets().find((candidate) => candidate.name === guard.guard);
    if (facet) byFacet.set(guard.guard, (rowsByFacet.get(guard.from) ?? []).map((row) => facet.toItem(guard.record(row)) as Item));
  }
  const result = [...allFacets()]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((facet) => ({ facet, items: byFacet.get(facet.name) ?? [] }));
  // Guards have no file: they are named after the metadata file they come from.
  const fileOf = (facet: string): string =>
    files.find((file) => file.facet === facet)?.file ?? `${facet} (from ${GUARDS.find((guard) => guard.guard === facet)?.from ?? facet})`;
  checkUniqueKeys(result, fileOf);
  return result;
};
