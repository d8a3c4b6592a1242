import type { NextFunction, Request, Response } from 'express';
import { createDataloaders, type Dataloaders } from '@integrates/db-model';
import { resolveViewer, type Viewer } from '@integrates/domain';
import { setRequestContextField } from '@integrates/logging';
import { SESSION_COOKIE, SESSION_TTL_SECONDS } from '@integrates/sessions';
import { readCookie } from './cookies';

/** Cookie-authenticated GraphQL requests must carry this header (any value): a cross-site form cannot. */
export const CSRF_HEADER = 'x-integrates-csrf';

export const setSessionCookie = (response: Response, token: string, secure: boolean): void => {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_TTL_SECONDS * 1000,
  });
};

export const clearSessionCookie = (response: Response, secure: boolean): void => {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
};

const BEARER = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)$/i;

export const bearerToken = (request: Request): string | undefined =>
  BEARER.exec(request.headers.authorization ?? '')?.[1];

export const sessionCookieOf = (request: Request): string | undefined => readCookie(request.headers.cookie, SESSION_COOKIE);

/** What the credentials middleware learnt about a request. */
export interface RequestCredentials {
  readonly viewer?: Viewer;
  readonly loaders: Dataloaders;
}

const resolved = new WeakMap<Request, RequestCredentials>();

export const credentialsOf = (request: Request): RequestCredentials => resolved.get(request) ?? { loaders: createDataloaders() };

/**
 * Resolves the caller once per request (bearer token first, then the session cookie, each checked
 * against the store) with the request's loaders, for the rate limiter, the logs and GraphQL.
 */
export const resolveCredentials =
  (key: Uint8Array) =>
  async (request: Request, _response: Response, next: NextFunction): Promise<void> => {
    const loaders = createDataloaders();
    const viewer = await resolveViewer({ bearer: bearerToken(request), sessionCookie: sessionCookieOf(request) }, key, loaders);
    if (viewer) setRequestContextField('user', viewer.email);
    resolved.set(request, { loaders, ...(viewer ? { viewer } : {}) });
    next();
  };

/** Refuses cookie-authenticated requests without the CSRF header; bearer-token requests are exempt. */
export const requireCsrfHeader = (request: Request, response: Response, next: NextFunction): void => {
  const usesCookie = sessionCookieOf(request) !== undefined && bearerToken(request) === undefined;
  if (usesCookie && !request.headers[CSRF_HEADER]) {
    response.status(403).json({
      errors: [{ message: `Requests authenticated by the session cookie must send the ${CSRF_HEADER} header`, extensions: { code: 'CSRF_HEADER_REQUIRED' } }],
    });
    return;
  }
  next();
};
