import type { Response } from 'express';
import { signToken, verifyToken } from '@integrates/sessions';

/** Carries a sign-in attempt from /login to the callback (same browser, within 10 minutes). */
export const OIDC_STATE_COOKIE = 'integrates_oidc_state';
export const OIDC_STATE_TTL_SECONDS = 10 * 60;

/** What the callback checks the provider's answer against. */
export interface PendingSignIn {
  readonly codeVerifier: string;
  readonly state: string;
  readonly nonce: string;
}

const cookieOptions = (secure: boolean, path: string) => ({ httpOnly: true, sameSite: 'lax' as const, secure, path });

export const setStateCookie = async (
  response: Response,
  pending: PendingSignIn,
  key: Uint8Array,
  options: { readonly secure: boolean; readonly callbackPath: string },
): Promise<void> => {
  const { token } = await signToken('oidc_state', { ...pending }, key, { subject: 'oidc', ttlSeconds: OIDC_STATE_TTL_SECONDS });
  response.cookie(OIDC_STATE_COOKIE, token, { ...cookieOptions(options.secure, options.callbackPath), maxAge: OIDC_STATE_TTL_SECONDS * 1000 });
};

/** Each attempt is used once, whatever its outcome. */
export const clearStateCookie = (response: Response, options: { readonly secure: boolean; readonly callbackPath: string }): void => {
  response.clearCookie(OIDC_STATE_COOKIE, cookieOptions(options.secure, options.callbackPath));
};

/** The attempt named by a cookie we signed that has not expired; otherwise undefined. */
export const readStateCookie = async (token: string | undefined, key: Uint8Array): Promise<PendingSignIn | undefined> => {
  const claims = token ? await verifyToken('oidc_state', token, key) : undefined;
  if (!claims) return undefined;
  const { codeVerifier, state, nonce } = claims;
  return typeof codeVerifier === 'string' && typeof state === 'string' && typeof nonce === 'string'
    ? { codeVerifier, state, nonce }
    : undefined;
};
