import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** Where Yoga's GraphiQL page loads its code, styles, workers and icon from (graphql-yoga's graphiql-html). */
const GRAPHIQL_CDN = 'https://unpkg.com';
const GRAPHIQL_ICON_HOST = 'https://raw.githubusercontent.com';

/**
 * The API answers JSON only, so outside development nothing may load or frame it. Development serves
 * GraphiQL: an inline bootstrap script, code and styles from the CDN, and editor workers built from
 * blobs. Neither sends upgrade-insecure-requests (development is plain http on loopback); only
 * production sends HSTS.
 */
export const securityHeaders = (environment: 'development' | 'test' | 'production'): RequestHandler =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives:
        environment === 'development'
          ? {
              'default-src': ["'self'"],
              'script-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
              'style-src': ["'self'", "'unsafe-inline'", GRAPHIQL_CDN],
              'img-src': ["'self'", 'data:', GRAPHIQL_ICON_HOST],
              'font-src': ["'self'", 'data:', GRAPHIQL_CDN],
              'connect-src': ["'self'", GRAPHIQL_CDN],
              'worker-src': ["'self'", 'blob:'],
              'frame-ancestors': ["'none'"],
              'base-uri': ["'self'"],
              'form-action': ["'self'"],
              'object-src': ["'none'"],
            }
          : {
              'default-src': ["'none'"],
              'frame-ancestors': ["'none'"],
              'base-uri': ["'none'"],
              'form-action': ["'none'"],
            },
    },
    strictTransportSecurity: environment === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
