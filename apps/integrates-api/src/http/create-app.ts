import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createGraphQLServer } from '@integrates/api';
import { createDataloaders, isStoreReady } from '@integrates/db-model';
import { getRequestContext } from '@integrates/logging';
import type { Config } from '../config/config';
import { devLogin } from './dev-login';
import { createHttpHardening } from './hardening/http-hardening';
import { accessLog, requestContext } from './request-logging';
import { logout } from './logout';
import { invitationRoutes } from './invitations/invitation-routes';
import { oidcRoutes } from './oidc/oidc-routes';
import { storeCallsHeader } from './store-calls-header';
import { credentialsOf, requireCsrfHeader, resolveCredentials } from './session-cookie';

export interface AppDependencies {
  readonly config: Config;
  readonly sessionKey: Uint8Array;
  readonly onUnexpectedError: (error: unknown) => void;
}

export const GRAPHQL_PATH = '/api';

export const createApp = ({ config, sessionKey, onUnexpectedError }: AppDependencies): Express => {
  const app = express();
  app.disable('x-powered-by');
  // First, so that everything a request logs, and its access line, carries its id.
  app.use(requestContext, accessLog);
  if (config.exposeStoreCalls) app.use(storeCallsHeader);
  app.set('trust proxy', config.hardening.trustProxy);
  // Rate limits key on the viewer however it authenticated (resolved once, by resolveCredentials).
  const hardening = createHttpHardening(config, (request) => {
    const { viewer } = credentialsOf(request);
    return {
      ...(viewer ? { userEmail: viewer.email } : {}),
      ...(viewer?.via === 'api_token' ? { tokenId: viewer.credentialId } : {}),
    };
  });
  const secureCookies = config.environment !== 'development';
  app.use(hardening.securityHeaders);

  const graphql = createGraphQLServer({
    endpoint: GRAPHQL_PATH,
    graphiql: config.environment === 'development',
    createLoaders: createDataloaders,
    signingKey: sessionKey,
    onUnexpectedError,
    hardening: hardening.graphql,
  });

  // First of the routes: nearly every request is a GraphQL one, and Express tries routes in order.
  app.use(GRAPHQL_PATH, requireCsrfHeader, resolveCredentials(sessionKey), ...hardening.graphqlGuards, (request, response) => {
    const { viewer, loaders } = credentialsOf(request);
    const requestId = getRequestContext()?.requestId;
    void graphql(request, response, { loaders, ...(viewer ? { viewer } : {}), ...(requestId ? { requestId } : {}) });
  });

  app.get('/health', (_request, response) => {
    response.status(200).json({ status: 'ok' });
  });

  app.get('/ready', async (_request, response) => {
    const ready = await isStoreReady();
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', store: ready ? 'up' : 'down' });
  });

  app.get('/', (_request, response) => {
    response.status(200).json({ name: 'Integrates', api: GRAPHQL_PATH });
  });

  // Everything below is a browser flow or an unknown path: sign-in and invitation links invite guessing.
  app.use(hardening.browserRoutesLimit);

  app.get('/logout', resolveCredentials(sessionKey), logout(sessionKey, secureCookies));
  app.post('/logout', resolveCredentials(sessionKey), logout(sessionKey, secureCookies));
  app.use(invitationRoutes(sessionKey, createDataloaders));
  app.use(oidcRoutes({ oidc: config.oidc, sessionKey, secureCookies, createLoaders: createDataloaders }));

  if (config.environment === 'development') {
    app.get('/dev/login', devLogin(sessionKey, createDataloaders));
  }

  app.use((_request, response) => {
    response.status(404).json({ error: 'Not found' });
  });

  // Express needs all four parameters to treat this as the error handler.
  app.use((error: unknown, _request: Request, response: Response, _next: NextFunction) => {
    onUnexpectedError(error);
    if (!response.headersSent) response.status(500).json({ error: 'Internal server error' });
  });

  return app;
};
