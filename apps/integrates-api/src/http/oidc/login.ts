import type { Request, Response } from 'express';
import * as client from 'openid-client';
import { discoverOrAnswer } from './discover';
import type { OidcClient } from './oidc-client';
import { setStateCookie, type PendingSignIn } from './state-cookie';

export const OIDC_SCOPE = 'openid email profile';

/** Sends the browser to the provider: authorization code with PKCE (S256), state and nonce. */
export const login =
  (oidc: OidcClient, key: Uint8Array, cookie: { readonly secure: boolean; readonly callbackPath: string }) =>
  async (_request: Request, response: Response): Promise<void> => {
    const configuration = await discoverOrAnswer(oidc, response);
    if (!configuration) return;
    const pending: PendingSignIn = {
      codeVerifier: client.randomPKCECodeVerifier(),
      state: client.randomState(),
      nonce: client.randomNonce(),
    };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: oidc.settings.redirectUrl,
      scope: OIDC_SCOPE,
      code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    await setStateCookie(response, pending, key, cookie);
    response.setHeader('Cache-Control', 'no-store');
    response.redirect(302, url.href);
  };
