import type { Response } from 'express';
import type { Configuration } from 'openid-client';
import { audit, getLogger } from '@integrates/logging';
import type { OidcClient } from './oidc-client';
import { signInProblem } from './problem-page';

const log = getLogger('oidc');

/** The provider's configuration, or undefined after answering 503 when it cannot be reached. */
export const discoverOrAnswer = async (oidc: OidcClient, response: Response): Promise<Configuration | undefined> => {
  try {
    return await oidc.configuration();
  } catch (error) {
    log.warn('The OpenID provider could not be discovered', { issuer: oidc.settings.issuer, error: String(error), cause: String((error as { cause?: unknown }).cause ?? '') });
    audit({ actor: 'anonymous', action: 'session.sign_in', object: 'session', outcome: 'failed', details: { method: 'oidc', reason: 'identity provider unreachable' } });
    signInProblem(response, 503, 'The identity provider cannot be reached right now; try again in a few minutes.');
    return undefined;
  }
};
