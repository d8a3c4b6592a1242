import { AsyncResource } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';
import { logAccess, requestIdFrom, runWithRequestContext } from '@integrates/logging';

export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * Gives the request its context (a sane caller `x-request-id`, else a fresh one, echoed in the
 * response) so that every line logged while it is handled carries the id, and later its user and
 * GraphQL operation.
 */
export const requestContext = (request: Request, response: Response, next: NextFunction): void => {
  const requestId = requestIdFrom(request.headers[REQUEST_ID_HEADER]);
  response.setHeader(REQUEST_ID_HEADER, requestId);
  runWithRequestContext({ requestId }, () => next());
};

const bytesOf = (response: Response): number | undefined => {
  const length = Number(response.getHeader('content-length'));
  return Number.isInteger(length) && length >= 0 ? length : undefined;
};

/** One access-log line per request, written when the response is done or the client went away. */
export const accessLog = (request: Request, response: Response, next: NextFunction): void => {
  const started = performance.now();
  const method = request.method;
  const path = request.originalUrl;
  // Bound to the request's context: the line carries the request id and the user learnt meanwhile.
  const write = AsyncResource.bind(() => {
    const bytes = bytesOf(response);
    logAccess({
      method,
      path,
      status: response.statusCode,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(bytes === undefined ? {} : { bytes }),
      ...(response.writableFinished ? {} : { aborted: true }),
    });
  });
  response.once('close', write);
  next();
};
