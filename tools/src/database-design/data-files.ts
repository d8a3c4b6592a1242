import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseDocument } from 'yaml';
import { DesignDataError } from './design-data-error';

/** One data file: the facet it fills (its name) and its rows as written, in camelCase record form. */
export interface DataFile {
  /** As shown in messages: the directory as given, joined with the file name. */
  readonly file: string;
  readonly facet: string;
  readonly rows: readonly Readonly<Record<string, unknown>>[];
}

const isPlainObject = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const parseDataFile = (file: string, text: string): DataFile => {
  const document = parseDocument(text);
  const [error] = document.errors;
  if (error) throw new DesignDataError({ file, message: `not valid YAML: ${error.message}` });
  const content: unknown = document.toJS() ?? [];
  if (!Array.isArray(content)) throw new DesignDataError({ file, message: 'must be a list of records (one "- " entry per row)' });
  content.forEach((row: unknown, index) => {
    if (!isPlainObject(row)) throw new DesignDataError({ file, row: index, message: 'must be a record (attribute: value)' });
  });
  return { file, facet: basename(file).replace(/\.ya?ml$/, ''), rows: content as DataFile['rows'] };
};

/** Every `*.yaml` file of `dir`, sorted by name. */
export const readDataFiles = (dir: string): readonly DataFile[] =>
  readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => parseDataFile(join(dir, name), readFileSync(join(dir, name), 'utf8')));
