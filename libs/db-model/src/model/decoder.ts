import type { Schema } from 'dynamodb-toolbox';
import { toCamel, toCamelKey } from './codec';

export type Decoder = (value: unknown) => unknown;

const SCALARS = new Set(['string', 'number', 'boolean', 'binary', 'null', 'set']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set) && !(value instanceof Uint8Array);

const identity: Decoder = (value) => value;

/**
 * Compiles, once per schema, what the toolbox formatter followed by `toCamel` does to an item the
 * schema wrote: keeps the attributes the schema declares and does not hide (under their stored names),
 * at every depth, and renames them to camelCase. It skips the formatter's type checks, which on
 * reads only re-prove what the parser proved before the write; that walk was the largest cost of
 * reading a page of 100 vulnerabilities. `decoder.spec.ts` holds it equal to the formatter on every
 * facet's design rows.
 */
export const compileDecoder = (schema: Schema): Decoder => {
  if (schema.type === 'item' || schema.type === 'map') {
    const attributes: Readonly<Record<string, Schema>> = schema.attributes;
    const fields = Object.entries(attributes)
      .filter(([, attribute]) => attribute.props?.hidden !== true)
      .map(([name, attribute]) => ({ stored: attribute.props?.savedAs ?? name, name: toCamelKey(name), decode: compileDecoder(attribute) }));
    return (value) => {
      if (!isPlainObject(value)) return value;
      const record: Record<string, unknown> = {};
      for (const field of fields) {
        const entry = value[field.stored];
        if (entry !== undefined) record[field.name] = field.decode(entry);
      }
      return record;
    };
  }
  if (schema.type === 'list') {
    const decode = compileDecoder(schema.elements);
    return decode === identity ? identity : (value) => (Array.isArray(value) ? value.map(decode) : value);
  }
  if (schema.type === 'record') {
    const decode = compileDecoder(schema.elements);
    return (value) => {
      if (!isPlainObject(value)) return value;
      const record: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(value)) if (entry !== undefined) record[toCamelKey(key)] = decode(entry);
      return record;
    };
  }
  if (schema.type === 'any') return toCamel;
  if (SCALARS.has(schema.type)) return identity;
  // A schema type this does not know (anyOf, ...) must not be read wrongly in silence.
  throw new Error(`No decoder for dynamodb-toolbox schema type "${schema.type}"`);
};
