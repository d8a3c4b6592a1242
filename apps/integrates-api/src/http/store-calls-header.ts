import type { NextFunction, Request, Response } from 'express';
import { startStoreCallCounting } from '@integrates/db-model';

export const STORE_CALLS_HEADER = 'x-store-calls';

/**
 * Opt-in (EXPOSE_STORE_CALLS=true): every response carries `x-store-calls: <total>`, the data-store
 * requests made while handling it, so that benchmarks and N+1 tests can read them from outside the
 * process. Off by default: it tells clients how much work a request costs.
 */
export const storeCallsHeader = (_request: Request, response: Response, next: NextFunction): void => {
  const counts = startStoreCallCounting();
  const writeHead = response.writeHead;
  // Headers are final only when they are written, whoever writes them (Yoga, res.json, an error
  // handler), so the count is taken there, as the on-headers package does.
  response.writeHead = function writeHeadWithStoreCalls(this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!this.headersSent) {
      this.setHeader(STORE_CALLS_HEADER, String(Object.values(counts()).reduce((sum, calls) => sum + calls, 0)));
    }
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
};
