import type { Request, Response } from 'express';
import type { Dataloaders } from '@integrates/db-model';
import { startWebSession } from '@integrates/domain';
import { audit, setRequestContextField } from '@integrates/logging';
import { setSessionCookie } from './session-cookie';

const EMAIL = /^[^\s@#]{1,64}@[^\s@#]{1,255}$/;

/**
 * Development only: signs in as an existing (seeded) stakeholder without an identity provider.
 * The route is not registered outside development, so there it answers 404.
 */
export const devLogin =
  (key: Uint8Array, createLoaders: () => Dataloaders) =>
  async (request: Request, response: Response): Promise<void> => {
    const email = typeof request.query['email'] === 'string' ? request.query['email'].trim().toLowerCase() : '';
    if (!EMAIL.test(email)) {
      response.status(400).json({ error: 'Give the email of a stakeholder: /dev/login?email=someone@example.com' });
      return;
    }
    const session = await startWebSession(email, {}, key, createLoaders(), { enrollUnknown: false, method: 'dev-login' });
    if (!session) {
      audit({
        actor: 'anonymous',
        action: 'session.sign_in',
        object: `USER#${email}`,
        outcome: 'denied',
        details: { method: 'dev-login', reason: 'unknown stakeholder' },
      });
      response.status(404).json({ error: `No stakeholder with the email ${email}` });
      return;
    }
    setSessionCookie(response, session.token, false);
    setRequestContextField('user', session.stakeholder.email);
    response.status(200).json({ signedIn: session.stakeholder.email });
  };
