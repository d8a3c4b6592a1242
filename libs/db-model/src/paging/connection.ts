import { createHash } from 'node:crypto';
import { InvalidCursorError, InvalidRecordError } from '../model/errors';
import { queryItems, type IndexKeys, type Item, type QueryRequest } from '../store/operations';

export interface Edge<T> {
  readonly node: T;
  readonly cursor: string;
}

export interface PageInfo {
  readonly hasNextPage: boolean;
  readonly endCursor?: string;
}

/** A Relay-style page. */
export interface Connection<T> {
  readonly edges: readonly Edge<T>[];
  readonly pageInfo: PageInfo;
}

export interface PageRequest {
  readonly first?: number;
  readonly after?: string;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 1000;

/** A short fingerprint of the list a cursor belongs to, so a cursor of one list is refused by another. */
const fingerprint = (scope: string): string => createHash('sha256').update(scope).digest('base64url').slice(0, 12);

const cursorOf = (scopeFingerprint: string, key: Item): string =>
  Buffer.from(JSON.stringify({ s: scopeFingerprint, k: key })).toString('base64url');

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) => typeof entry === 'string');

/** The start key a cursor names, after checking it was issued for this list and has this index's key. */
export const decodeCursor = (scope: string, cursor: string, keyNames: readonly string[], partition: { name: string; value: string }): Item => {
  try {
    if (cursor.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw new InvalidCursorError();
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const { s, k } = (decoded ?? {}) as { s?: unknown; k?: unknown };
    if (s !== fingerprint(scope) || !isStringRecord(k)) throw new InvalidCursorError();
    const names = Object.keys(k).sort();
    if (names.join() !== [...new Set(keyNames)].sort().join() || k[partition.name] !== partition.value) {
      throw new InvalidCursorError();
    }
    return k;
  } catch {
    throw new InvalidCursorError();
  }
};

export const pageSize = (first: number | undefined): number => {
  if (first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidRecordError(`first must be a whole number from 1 to ${MAX_PAGE_SIZE}`, { first });
  }
  return first;
};

/**
 * One page of a query: items the key condition selects and `accept` keeps, in index order, with
 * `first + 1` read ahead to know whether a next page exists. Reads continue past items `accept` drops.
 */
export const queryPage = async <T>(request: {
  readonly scope: string;
  readonly query: QueryRequest;
  readonly keys: IndexKeys;
  readonly page: PageRequest;
  readonly toNode: (item: Item) => T;
  readonly accept?: (node: T) => boolean;
}): Promise<Connection<T>> => {
  const size = pageSize(request.page.first);
  const keyNames = ['pk', 'sk', request.keys.partitionKey, request.keys.sortKey];
  const start = request.page.after
    ? decodeCursor(request.scope, request.page.after, keyNames, { name: request.keys.partitionKey, value: request.query.partitionValue })
    : undefined;
  const collected: { node: T; key: Item }[] = [];
  let next: Item | undefined = start;
  let exhausted = false;
  while (collected.length <= size && !exhausted) {
    const result = await queryItems({ ...request.query, limit: Math.max(size + 1 - collected.length, 25), ...(next ? { exclusiveStartKey: next } : {}) }, request.keys);
    for (const item of result.items) {
      const node = request.toNode(item);
      if (request.accept && !request.accept(node)) continue;
      collected.push({ node, key: Object.fromEntries(keyNames.map((name) => [name, item[name]])) });
      if (collected.length > size) break;
    }
    next = result.lastEvaluatedKey;
    exhausted = next === undefined;
  }
  const scopeFingerprint = fingerprint(request.scope);
  const edges = collected.slice(0, size).map(({ node, key }) => ({ node, cursor: cursorOf(scopeFingerprint, key) }));
  const endCursor = edges.at(-1)?.cursor;
  return { edges, pageInfo: { hasNextPage: collected.length > size, ...(endCursor ? { endCursor } : {}) } };
};
