import type { Request, Response } from 'express';
import { endWebSession } from '@integrates/domain';
import { verifySessionToken } from '@integrates/sessions';
import { clearSessionCookie, credentialsOf, sessionCookieOf } from './session-cookie';

/** Revokes the session, clears the cookie and what the browser kept, and goes home. */
export const logout =
  (key: Uint8Array, secure: boolean) =>
  async (request: Request, response: Response): Promise<void> => {
    const token = sessionCookieOf(request);
    const claims = token ? await verifySessionToken(token, key) : undefined;
    if (claims) await endWebSession(claims.sub, claims.jti, credentialsOf(request).loaders);
    clearSessionCookie(response, secure);
    response.setHeader('Clear-Site-Data', '"cache", "cookies", "storage", "executionContexts"');
    response.redirect(302, '/');
  };
