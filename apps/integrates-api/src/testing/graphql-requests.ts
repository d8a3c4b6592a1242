import { createSessionToken, SESSION_COOKIE } from '@integrates/sessions';
import type { TestServer } from './test-server';

/** A GraphQL error as a client sees it. */
export interface ClientError {
  readonly message: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

export interface RawAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The parsed body when it is JSON, else undefined. */
  readonly body?: { readonly data?: unknown; readonly errors?: readonly ClientError[]; readonly extensions?: unknown };
}

const parsed = (text: string): RawAnswer['body'] => {
  try {
    return JSON.parse(text) as RawAnswer['body'];
  } catch {
    return undefined;
  }
};

/** Any request to the server, answered as status, headers, text and (when JSON) body. */
export const send = async (url: string, init: RequestInit = {}): Promise<RawAnswer> => {
  const response = await fetch(url, init);
  const text = await response.text();
  const body = parsed(text);
  return { status: response.status, headers: response.headers, text, ...(body === undefined ? {} : { body }) };
};

/** A JSON POST to /api of any body, asking for application/graphql-response+json. */
export const postJson = (
  serverUrl: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawAnswer> =>
  send(`${serverUrl}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify(body),
  });

/** A GET to /api with the given search parameters. */
export const getGraphQL = (
  serverUrl: string,
  params: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawAnswer> =>
  send(`${serverUrl}/api?${new URLSearchParams(params).toString()}`, {
    headers: { accept: 'application/graphql-response+json', ...headers },
  });

/** The codes of a body's errors, in order. */
export const errorCodes = (answer: RawAnswer): readonly unknown[] =>
  (answer.body?.errors ?? []).map((error) => error.extensions?.['code']);

/** A Cookie header signing `email` in to `server`. */
export const sessionCookie = (server: TestServer, email: string): string =>
  `${SESSION_COOKIE}=${createSessionToken(email, Buffer.from(server.config.sessionSigningKey ?? '', 'base64url')).token}`;
