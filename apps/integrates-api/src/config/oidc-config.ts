import { z } from 'zod';
import type { Environment } from './config';

/** Where the provider sends the browser back in development, unless OIDC_REDIRECT_URL says otherwise. */
export const DEVELOPMENT_REDIRECT_URL = 'http://127.0.0.1:8001/authz_oidc';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const httpUrl = (example: string) =>
  optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: `must be an http(s) URL, for example ${example}` })
      .refine((text) => !text.includes('#'), { message: 'must not have a fragment (#...)' })
      .optional(),
  );

/** OpenID Connect sign-in: the provider, this client's credentials there, and the callback URL. */
export const OIDC_VARIABLES = {
  OIDC_ISSUER: httpUrl('https://accounts.example.com').refine((text) => text === undefined || !text.includes('?'), {
    message: 'must be the issuer identifier, without a query (?...)',
  }),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  OIDC_REDIRECT_URL: httpUrl('https://integrates.example.com/authz_oidc'),
};

export type OidcValues = z.infer<z.ZodObject<typeof OIDC_VARIABLES>>;

export interface OidcConfig {
  /** The provider's issuer identifier; its discovery document is read from it. */
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The callback registered at the provider; its path is the route that finishes sign-in. */
  readonly redirectUrl: string;
}

const REQUIRED_TOGETHER = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'] as const;

const insecureInProduction = (name: string, url: string | undefined, environment: Environment): readonly string[] =>
  environment === 'production' && url !== undefined && new URL(url).protocol !== 'https:'
    ? [`${name}: must use https in production`]
    : [];

/** The sign-in part of the configuration (absent when sign-in is off), and what is wrong with it. */
export const oidcConfigFrom = (
  values: OidcValues,
  environment: Environment,
): { readonly config?: OidcConfig; readonly problems: readonly string[] } => {
  const given = REQUIRED_TOGETHER.filter((name) => values[name] !== undefined);
  if (given.length === 0) {
    return values.OIDC_REDIRECT_URL === undefined
      ? { problems: [] }
      : { problems: [`OIDC_REDIRECT_URL: is only used with ${REQUIRED_TOGETHER.join(', ')}; set them too, or unset it`] };
  }
  const missing = REQUIRED_TOGETHER.filter((name) => values[name] === undefined).map(
    (name) => `${name}: is required when ${given.join(' and ')} ${given.length > 1 ? 'are' : 'is'} set (OpenID Connect sign-in needs ${REQUIRED_TOGETHER.join(', ')} together)`,
  );
  const redirectUrl = values.OIDC_REDIRECT_URL ?? (environment === 'development' ? DEVELOPMENT_REDIRECT_URL : undefined);
  const problems = [
    ...missing,
    ...(redirectUrl === undefined
      ? [`OIDC_REDIRECT_URL: is required outside development when OpenID Connect sign-in is configured (the callback registered at the provider, for example https://integrates.example.com/authz_oidc)`]
      : []),
    ...insecureInProduction('OIDC_ISSUER', values.OIDC_ISSUER, environment),
    ...insecureInProduction('OIDC_REDIRECT_URL', values.OIDC_REDIRECT_URL, environment),
  ];
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = values;
  if (problems.length > 0 || !issuer || !clientId || !clientSecret || !redirectUrl) return { problems };
  return { config: { issuer, clientId, clientSecret, redirectUrl }, problems: [] };
};
