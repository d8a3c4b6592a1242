import type { Request, Response } from 'express';
import { SESSION_COOKIE, SESSION_TTL_SECONDS, verifySessionToken } from '@integrates/sessions';
import type { Viewer } from '@integrates/domain';
import { readCookie } from './cookies';

export const setSessionCookie = (response: Response, token: string, secure: boolean): void => {
  response.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SESSION_TTL_SECONDS * 1000,
  });
};

/** The viewer named by a valid session cookie, if any. */
export const viewerFromRequest = (request: Request, key: Buffer): Viewer | undefined => {
  const token = readCookie(request.headers.cookie, SESSION_COOKIE);
  const claims = token ? verifySessionToken(token, key) : undefined;
  return claims ? { email: claims.sub } : undefined;
};
