import { createHash } from 'node:crypto';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';
import { requestError } from './limits/limit-error';

/**
 * `apq`: any document is accepted, and a client may send only the SHA-256 of one it sent before
 * (automatic persisted queries) or of one in the manifest. `allow-list`: only documents in the
 * manifest run, named by their hash; anything else is refused.
 */
export type PersistedOperationsMode = 'apq' | 'allow-list';

export interface PersistedOperationsOptions {
  readonly mode: PersistedOperationsMode;
  /** Lower-case hex SHA-256 of each document (no prefix) → the document (see loadPersistedOperationsManifest). */
  readonly manifest: ReadonlyMap<string, string>;
  /** How many APQ-registered documents are remembered (least recently used go first). */
  readonly apqCacheSize: number;
}

export const DEFAULT_APQ_CACHE_SIZE = 1000;

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** GraphQL Code Generator writes `sha256:<hex>`; APQ clients send bare hex. Both name the same document. */
export const normalizeHash = (hash: string): string => hash.toLowerCase().replace(/^sha256:/, '');

type Params = Parameters<typeof defaultExtractPersistedOperationId>[0];

const extractHash = (params: Params): string | undefined => {
  // The default extractor reads extensions.persistedQuery { version: 1, sha256Hash } and ignores its other arguments.
  const hash = defaultExtractPersistedOperationId(params, undefined as never, {});
  return hash === null ? undefined : normalizeHash(hash);
};

/**
 * Yoga's persisted-operations plugin looks hashes up; this adds what APQ needs around it: a document
 * sent together with its hash is checked against the hash and, once it has passed validation (and so
 * every operation limit), remembered under it. In allow-list mode a document sent with a listed hash
 * is replaced by the listed one.
 */
export const usePersistedOperationsModes = (options: PersistedOperationsOptions): Plugin[] => {
  const registered = new LRUCache<string, string>({ max: Math.max(1, options.apqCacheSize) });
  const pending = new WeakMap<object, { readonly hash: string; readonly query: string }>();
  const apq = options.mode === 'apq';

  const registration: Plugin = {
    onParams({ params, setParams, context }) {
      const hash = extractHash(params);
      if (!hash || typeof params.query !== 'string') return;
      if (sha256Hex(params.query) !== hash) {
        throw requestError(
          'PERSISTED_QUERY_HASH_MISMATCH',
          'Exception - extensions.persistedQuery.sha256Hash is not the SHA-256 of the query',
          400,
          false,
        );
      }
      if (apq) {
        pending.set(context, { hash, query: params.query });
      } else if (options.manifest.has(hash)) {
        // Run the listed document: the plugin below refuses any request that carries a query.
        setParams({ ...params, query: undefined });
      }
    },
    onValidate({ context }) {
      const sent = pending.get(context);
      return sent
        ? ({ valid }) => {
            if (valid && !options.manifest.has(sent.hash)) registered.set(sent.hash, sent.query);
          }
        : undefined;
    },
  };

  const lookup = usePersistedOperations({
    allowArbitraryOperations: apq,
    extractPersistedOperationId: (params) => extractHash(params) ?? null,
    getPersistedOperation: (hash) => options.manifest.get(hash) ?? (apq ? registered.get(hash) : undefined) ?? null,
    customErrors: {
      // Apollo's APQ link resends the document when it sees this message or code.
      notFound: apq
        ? { message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400, spec: true } } }
        : {
            message: 'Exception - Unknown persisted operation: its hash is not in the allow-list',
            extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400, spec: true } },
          },
      persistedQueryOnly: {
        message: 'Exception - Only persisted operations are accepted: send extensions.persistedQuery.sha256Hash of an allow-listed operation',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
      keyNotFound: apq
        ? {
            message: 'Exception - Missing query: send a GraphQL document in "query" or its hash in extensions.persistedQuery.sha256Hash',
            extensions: { code: 'MISSING_QUERY', http: { status: 400 } },
          }
        : {
            message: 'Exception - Only persisted operations are accepted: send extensions.persistedQuery.sha256Hash of an allow-listed operation',
            extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
          },
    },
  });

  return [registration, lookup as Plugin];
};
