import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { createGraphQLServer } from '@integrates/api';
import { createDataloaders, isStoreReady } from '@integrates/db-model';
import { getRequestContext, setRequestContextField } from '@integrates/logging';
import type { Config } from '../config/config';
import { devLogin } from './dev-login';
import { createHttpHardening } from './hardening/http-hardening';
import { accessLog, requestContext } from './request-logging';
import { viewerFromRequest } from './session-cookie';

export interface AppDependencies {
  readonly config: Config;
  readonly sessionKey: Buffer;
  readonly onUnexpectedError: (error: unknown) => void;
}

export const GRAPHQL_PATH = '/api';

export const createApp = ({ config, sessionKey, onUnexpectedError }: AppDependencies): Express => {
  const app = express();
  app.disable('x-powered-by');
  // First, so that everything a request logs, and its access line, carries its id.
  app.use(requestContext, accessLog);
  app.set('trust proxy', config.hardening.trustProxy);
  // Rate limits key on the viewer however it authenticated; today that is the session cookie.
  const hardening = createHttpHardening(config, (request) => ({ userEmail: viewerFromRequest(request, sessionKey)?.email }));
  app.use(hardening.securityHeaders);

  const graphql = createGraphQLServer({
    endpoint: GRAPHQL_PATH,
    graphiql: config.environment === 'development',
    createLoaders: createDataloaders,
    onUnexpectedError,
    hardening: hardening.graphql,
  });

  app.get('/health', (_request, response) => {
    response.status(200).json({ status: 'ok' });
  });

  app.get('/ready', async (_request, response) => {
    const ready = await isStoreReady();
    response.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', store: ready ? 'up' : 'down' });
  });

  if (config.environment === 'development') {
    app.get('/dev/login', devLogin(sessionKey, createDataloaders));
  }

  app.use(GRAPHQL_PATH, ...hardening.graphqlGuards, (request, response) => {
    const viewer = viewerFromRequest(request, sessionKey);
    if (viewer) setRequestContextField('user', viewer.email);
    const requestId = getRequestContext()?.requestId;
    void graphql(request, response, { ...(viewer ? { viewer } : {}), ...(requestId ? { requestId } : {}) });
  });

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
