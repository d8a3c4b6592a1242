import type { ServerOptions } from 'node:http';
import type { RequestHandler } from 'express';

/** A request that has not been answered within `ms` gets 503; whatever the handler sends later is dropped. */
export const requestTimeout =
  (ms: number): RequestHandler =>
  (_request, response, next) => {
    const timer = setTimeout(() => {
      if (response.headersSent) return;
      response
        .status(503)
        .set('Retry-After', '1')
        .set('Connection', 'close')
        .json({
          errors: [{ message: `Exception - Request timed out after ${ms} ms`, extensions: { code: 'REQUEST_TIMEOUT' } }],
        });
    }, ms);
    response.once('close', () => clearTimeout(timer));
    next();
  };

/**
 * Node's own bounds on slow clients: the headers within 10 s (or the request timeout, if shorter),
 * the whole request within the request timeout, checked every second (Node's default is 30 s).
 */
export const serverTimeouts = (requestTimeoutMs: number): ServerOptions => ({
  requestTimeout: requestTimeoutMs,
  headersTimeout: Math.min(10_000, requestTimeoutMs),
  connectionsCheckingInterval: Math.min(1000, requestTimeoutMs),
});
