import { resolve } from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from './schema';

/** The committed schema artefact that clients (GraphQL Code Generator, reviewers) read. */
export const SCHEMA_FILE = resolve(__dirname, '..', 'schema.graphql');

/** The schema as SDL, types and fields in alphabetical order so that the file diffs well. */
export const printSchemaSdl = (): string => `${printSchema(lexicographicSortSchema(schema))}\n`;
