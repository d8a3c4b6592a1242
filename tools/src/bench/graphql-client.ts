import { createHash } from 'node:crypto';

export const STORE_CALLS_HEADER = 'x-store-calls';

export const sha256 = (document: string): string => createHash('sha256').update(document).digest('hex');

/** A request body naming an allow-listed operation by its hash, as a production frontend sends it. */
export const persistedBody = (document: string, variables: Readonly<Record<string, unknown>> = {}): string =>
  JSON.stringify({ variables, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } } });

export const jsonHeaders = (token: string | undefined): Record<string, string> => ({
  'content-type': 'application/json',
  accept: 'application/graphql-response+json',
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});

export interface GraphQLAnswer {
  readonly status: number;
  readonly data?: unknown;
  readonly errors?: readonly { readonly message: string; readonly extensions?: Readonly<Record<string, unknown>> }[];
  /** From the API's x-store-calls header, when it sent one. */
  readonly storeCalls?: number;
}

const parseBody = (text: string): Pick<GraphQLAnswer, 'data' | 'errors'> => {
  try {
    return JSON.parse(text) as Pick<GraphQLAnswer, 'data' | 'errors'>;
  } catch {
    return { errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
};

/** One request through the same door the load goes through; bounded by `timeoutMs`. */
export const postGraphQL = async (
  url: string,
  body: string | FormData,
  token: string | undefined,
  timeoutMs = 60_000,
): Promise<GraphQLAnswer> => {
  const headers = typeof body === 'string' ? jsonHeaders(token) : { ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const response = await fetch(`${url}`, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
  const text = await response.text();
  const parsed = parseBody(text);
  const storeCalls = response.headers.get(STORE_CALLS_HEADER);
  return { status: response.status, ...parsed, ...(storeCalls === null ? {} : { storeCalls: Number(storeCalls) }) };
};

/** The first error of an answer as one line (message and code), or undefined when it has none and a 2xx status. */
export const problemOf = (answer: GraphQLAnswer): string | undefined => {
  const error = answer.errors?.[0];
  if (error) return `${error.message}${error.extensions?.['code'] ? ` (${String(error.extensions['code'])})` : ''}`;
  return answer.status >= 200 && answer.status < 300 ? undefined : `HTTP ${answer.status}`;
};

/** Throws with the first problem of an answer; returns its data otherwise. */
export const dataOf = <T>(answer: GraphQLAnswer, what: string): T => {
  const problem = problemOf(answer);
  if (problem !== undefined || answer.data === undefined || answer.data === null) throw new Error(`${what}: ${problem ?? 'no data'}`);
  return answer.data as T;
};
