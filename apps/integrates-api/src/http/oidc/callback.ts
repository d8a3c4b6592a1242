import type { Request, Response } from 'express';
import * as client from 'openid-client';
import type { Dataloaders } from '@integrates/db-model';
import { startWebSession } from '@integrates/domain';
import { audit, setRequestContextField, type AuditOutcome } from '@integrates/logging';
import { readCookie } from '../cookies';
import { setSessionCookie } from '../session-cookie';
import { discoverOrAnswer } from './discover';
import { identityFrom } from './identity';
import { isProviderUnavailable, type OidcClient } from './oidc-client';
import { signInProblem } from './problem-page';
import { clearStateCookie, OIDC_STATE_COOKIE, readStateCookie, type PendingSignIn } from './state-cookie';

interface Refusal {
  readonly status: number;
  readonly outcome: AuditOutcome;
  readonly reason: string;
  readonly message: string;
}

const START_AGAIN = 'Start again from the sign-in page.';
/** Error codes from the provider are shown to the user; only their expected shape is. */
const errorCode = (code: string): string => (/^[a-z_]{1,64}$/.test(code) ? code : 'unknown_error');

const MISMATCH_CODES: ReadonlySet<string> = new Set([
  'OAUTH_JSON_ATTRIBUTE_COMPARISON_FAILED',
  'OAUTH_JWT_CLAIM_COMPARISON_FAILED',
  'OAUTH_INVALID_RESPONSE',
]);

/** openid-client wraps the specific failure ("unexpected \"state\" response parameter value") in a generic one. */
const detailOf = (error: Error): string => {
  const { cause } = error;
  return typeof cause === 'object' && cause !== null && 'message' in cause && typeof cause.message === 'string' ? cause.message : error.message;
};

/** What a failed code exchange means for the user; undefined for failures that are ours, not the provider's. */
const refusalOf = (error: unknown): Refusal | undefined => {
  if (error instanceof client.AuthorizationResponseError) {
    return error.error === 'access_denied'
      ? { status: 403, outcome: 'denied', reason: 'access_denied at the provider', message: `The sign-in was cancelled or refused at the identity provider. ${START_AGAIN}` }
      : { status: 400, outcome: 'failed', reason: `provider error ${errorCode(error.error)}`, message: `The identity provider refused the sign-in (${errorCode(error.error)}). ${START_AGAIN}` };
  }
  if (isProviderUnavailable(error)) {
    return { status: 503, outcome: 'failed', reason: 'identity provider unreachable', message: 'The identity provider cannot be reached right now; try again in a few minutes.' };
  }
  if (error instanceof client.ResponseBodyError) {
    return { status: 400, outcome: 'failed', reason: `token endpoint error ${errorCode(error.error)}`, message: `The identity provider did not accept the sign-in code (${errorCode(error.error)}). ${START_AGAIN}` };
  }
  if (error instanceof client.ClientError && error.code !== undefined && MISMATCH_CODES.has(error.code)) {
    return { status: 400, outcome: 'failed', reason: `${error.code}: ${detailOf(error)}`, message: `The identity provider's answer does not match the sign-in started in this browser. ${START_AGAIN}` };
  }
  if (error instanceof client.ClientError || error instanceof client.WWWAuthenticateChallengeError) {
    return { status: 400, outcome: 'failed', reason: `${error instanceof client.ClientError ? (error.code ?? 'ClientError') : 'userinfo refused'}: ${detailOf(error)}`, message: `The identity provider's answer could not be verified. ${START_AGAIN}` };
  }
  return undefined;
};

/** The ID token's claims, completed by the userinfo endpoint when the provider has one. */
const exchange = async (configuration: client.Configuration, currentUrl: URL, pending: PendingSignIn): Promise<Record<string, unknown>> => {
  const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
    pkceCodeVerifier: pending.codeVerifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) return {};
  if (!configuration.serverMetadata().userinfo_endpoint) return { ...idClaims };
  const userinfo = await client.fetchUserInfo(configuration, tokens.access_token, idClaims.sub);
  return { ...idClaims, ...userinfo };
};

/**
 * The redirect URL's route: checks the provider's answer against this browser's attempt, exchanges the
 * code, enrolls unknown users (role `user`, as in the original), starts the session and goes home.
 */
export const callback =
  (oidc: OidcClient, key: Uint8Array, cookie: { readonly secure: boolean; readonly callbackPath: string }, createLoaders: () => Dataloaders) =>
  async (request: Request, response: Response): Promise<void> => {
    const refuse = ({ status, outcome, reason, message }: Refusal, email?: string): void => {
      audit({ actor: email ?? 'anonymous', action: 'session.sign_in', object: email ? `USER#${email}` : 'session', outcome, details: { method: 'oidc', reason } });
      signInProblem(response, status, message);
    };
    const pending = await readStateCookie(readCookie(request.headers.cookie, OIDC_STATE_COOKIE), key);
    clearStateCookie(response, cookie);
    response.setHeader('Cache-Control', 'no-store');
    if (!pending) {
      refuse({ status: 400, outcome: 'failed', reason: 'missing, expired or tampered state cookie', message: `This sign-in attempt has expired or was not started in this browser. ${START_AGAIN}` });
      return;
    }
    const configuration = await discoverOrAnswer(oidc, response);
    if (!configuration) return;
    // The provider's parameters on the registered callback URL, whatever host the request came through.
    const currentUrl = new URL(oidc.settings.redirectUrl);
    currentUrl.search = new URL(request.originalUrl, currentUrl).search;
    let claims: Record<string, unknown>;
    try {
      claims = await exchange(configuration, currentUrl, pending);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) throw error;
      refuse(refusal);
      return;
    }
    const identity = identityFrom(claims);
    if (!identity.ok) {
      refuse({ status: 403, outcome: 'denied', reason: identity.reason, message: identity.message }, typeof claims['email'] === 'string' ? claims['email'] : undefined);
      return;
    }
    const session = await startWebSession(identity.email, identity.profile, key, createLoaders(), { enrollUnknown: true, method: 'oidc' });
    if (!session) throw new Error('startWebSession enrolls unknown users, yet returned no session');
    setSessionCookie(response, session.token, cookie.secure);
    setRequestContextField('user', session.stakeholder.email);
    response.redirect(302, '/');
  };
