import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Dataloaders } from '@integrates/db-model';
import type { OidcConfig } from '../../config/oidc-config';
import { callback } from './callback';
import { login } from './login';
import { createOidcClient } from './oidc-client';

export interface OidcRouteOptions {
  /** Absent when sign-in is not configured: /login then answers 404. */
  readonly oidc?: OidcConfig | undefined;
  readonly sessionKey: Uint8Array;
  readonly secureCookies: boolean;
  readonly createLoaders: () => Dataloaders;
}

/** `/login` and the callback at OIDC_REDIRECT_URL's path. */
export const oidcRoutes = ({ oidc, sessionKey, secureCookies, createLoaders }: OidcRouteOptions): Router => {
  const router = Router();
  if (!oidc) {
    router.get('/login', (_request, response) => {
      response.status(404).json({
        error: 'Sign-in with OpenID Connect is not configured on this server (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET).',
      });
    });
    return router;
  }
  const client = createOidcClient(oidc);
  const cookie = { secure: secureCookies, callbackPath: new URL(oidc.redirectUrl).pathname };
  const finish = callback(client, sessionKey, cookie, createLoaders);
  router.get('/login', login(client, sessionKey, cookie));
  // Compared as text: the configured path is not an Express route pattern.
  router.use(async (request: Request, response: Response, next: NextFunction) => {
    if (request.method === 'GET' && request.path === cookie.callbackPath) return finish(request, response);
    next();
  });
  return router;
};
