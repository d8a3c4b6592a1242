import * as client from 'openid-client';
import type { OidcConfig } from '../../config/oidc-config';

/** How long the provider may take to answer one request (discovery, token, userinfo). */
export const PROVIDER_TIMEOUT_SECONDS = 5;

export interface OidcClient {
  readonly settings: OidcConfig;
  /** The provider's metadata and this client's credentials, discovered once; a failure is retried next time. */
  readonly configuration: () => Promise<client.Configuration>;
}

export const createOidcClient = (settings: OidcConfig, timeoutSeconds = PROVIDER_TIMEOUT_SECONDS): OidcClient => {
  const issuer = new URL(settings.issuer);
  // Plain http is refused by configuration in production; elsewhere it lets a local provider be used.
  const execute = issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [];
  let cached: Promise<client.Configuration> | undefined;
  const configuration = (): Promise<client.Configuration> => {
    if (cached) return cached;
    const attempt = client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, { execute, timeout: timeoutSeconds });
    cached = attempt;
    attempt.catch(() => {
      if (cached === attempt) cached = undefined;
    });
    return attempt;
  };
  return { settings, configuration };
};

const UNREACHABLE_CODES: ReadonlySet<string> = new Set(['OAUTH_TIMEOUT', 'OAUTH_ABORT', 'OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON']);

/** fetch's own failure (refused, reset, DNS). By name, not instanceof: it may come from another realm (as under jest). */
const isFetchFailure = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'name' in error && error.name === 'TypeError' && 'message' in error && error.message === 'fetch failed';

/** The provider could not be reached, timed out, or answered with a server error rather than a verdict. */
export const isProviderUnavailable = (error: unknown): boolean =>
  isFetchFailure(error) ||
  (error instanceof client.ClientError &&
    // openid-client wraps a fetch failure it does not recognise as its own TypeError.
    (isFetchFailure(error.cause) || (error.code !== undefined && UNREACHABLE_CODES.has(error.code))));
