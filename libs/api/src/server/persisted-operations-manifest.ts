import { readFileSync } from 'node:fs';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { checkDocumentSize } from './limits/document-size';
import type { OperationLimits } from './limits/operation-limits';
import { normalizeHash, sha256Hex } from './persisted-operations';

/** Every problem found in a manifest, one line each. */
export class PersistedOperationsManifestError extends Error {
  readonly problems: readonly string[];

  constructor(path: string, problems: readonly string[]) {
    super(`Invalid persisted operations manifest ${path}:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'PersistedOperationsManifestError';
    this.problems = problems;
  }
}

const problemsOf = (key: string, document: unknown, schema: GraphQLSchema, limits?: OperationLimits): readonly string[] => {
  const hash = key.replace(/^sha256:/, '');
  if (typeof document !== 'string') return [`${key}: the document must be a string`];
  if (!/^[0-9a-f]{64}$/.test(hash)) return [`${key}: a key must be a hex SHA-256, lower case, optionally prefixed with sha256:`];
  if (sha256Hex(document) !== hash) return [`${key}: is not the SHA-256 of its document`];
  const oversized = limits ? checkDocumentSize(document, limits) : undefined;
  if (oversized) return [`${key}: ${oversized.message}`];
  try {
    return validate(schema, parse(document)).map((error) => `${key}: ${error.message}`);
  } catch (error) {
    return [`${key}: ${error instanceof Error ? error.message : String(error)}`];
  }
};

/**
 * Reads the JSON object `{ "sha256:<hex>": "<document>" }` that GraphQL Code Generator's client
 * preset writes with `persistedDocuments: { hashAlgorithm: 'sha256' }` (bare hex keys work too). Each hash must match its
 * document, each document must be valid against the schema and, given `limits`, within the size
 * limits checked before parsing, so a stale manifest stops the start instead of failing requests.
 */
export const loadPersistedOperationsManifest = (
  path: string,
  schema: GraphQLSchema,
  limits?: OperationLimits,
): ReadonlyMap<string, string> => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new PersistedOperationsManifestError(path, [error instanceof Error ? error.message : String(error)]);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new PersistedOperationsManifestError(path, ['must be a JSON object of SHA-256 hashes to documents']);
  }
  const entries = Object.entries(parsed);
  const problems = entries.flatMap(([hash, document]) => problemsOf(hash, document, schema, limits));
  if (problems.length > 0) throw new PersistedOperationsManifestError(path, problems);
  return new Map(entries.map(([key, document]) => [normalizeHash(key), document as string]));
};
