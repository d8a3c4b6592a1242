import { createDataloaders } from '@integrates/db-model';
import { startWebSession } from '@integrates/domain';
import { SESSION_COOKIE } from '@integrates/sessions';
import { CSRF_HEADER } from '../http/session-cookie';
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

/** The web app sends the CSRF header with every cookie request; so do these helpers. */
const csrf = (headers: Readonly<Record<string, string>>): Record<string, string> =>
  headers['cookie'] !== undefined ? { [CSRF_HEADER]: '1' } : {};

/** A JSON POST to /api of any body, asking for application/graphql-response+json. */
export const postJson = (
  serverUrl: string,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawAnswer> =>
  send(`${serverUrl}/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...csrf(headers), ...headers },
    body: JSON.stringify(body),
  });

/** A GET to /api with the given search parameters. */
export const getGraphQL = (
  serverUrl: string,
  params: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string>> = {},
): Promise<RawAnswer> =>
  send(`${serverUrl}/api?${new URLSearchParams(params).toString()}`, {
    headers: { accept: 'application/graphql-response+json', ...csrf(headers), ...headers },
  });

/** The codes of a body's errors, in order. */
export const errorCodes = (answer: RawAnswer): readonly unknown[] =>
  (answer.body?.errors ?? []).map((error) => error.extensions?.['code']);

/** The server's signing key, as the app derives it from the configuration. */
export const signingKeyOf = (server: TestServer): Uint8Array => Buffer.from(server.config.sessionSigningKey ?? '', 'base64url');

/** Signs an existing stakeholder in (a real session, stored on the stakeholder) and gives its Cookie header. */
export const sessionCookie = async (server: TestServer, email: string): Promise<string> => {
  const session = await startWebSession(email, {}, signingKeyOf(server), createDataloaders(), { enrollUnknown: false });
  if (!session) throw new Error(`No stakeholder ${email} to sign in`);
  return `${SESSION_COOKIE}=${session.token}`;
};

/** The headers of a browser request made by the web app: the session cookie and the CSRF header. */
export const browserHeaders = async (server: TestServer, email: string): Promise<Record<string, string>> => ({
  cookie: await sessionCookie(server, email),
  [CSRF_HEADER]: '1',
});
