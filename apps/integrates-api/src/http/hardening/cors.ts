import type { RequestHandler } from 'express';
import cors from 'cors';

/**
 * Cross-origin requests, with credentials (the session cookie), only from the configured origins.
 * Any other origin gets no CORS headers, so a browser shows it nothing. The requested headers are
 * echoed for allowed origins (Authorization, the CSRF header, ...); Retry-After is readable so a
 * throttled frontend can wait.
 */
export const corsFromAllowList = (origins: readonly string[]): RequestHandler => {
  const allowed: ReadonlySet<string> = new Set(origins);
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    methods: ['GET', 'POST'],
    exposedHeaders: ['Retry-After'],
    maxAge: 600,
  });
};
