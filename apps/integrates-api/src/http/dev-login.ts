import type { Request, Response } from 'express';
import type { Dataloaders } from '@integrates/db-model';
import { audit, setRequestContextField } from '@integrates/logging';
import { createSessionToken } from '@integrates/sessions';
import { setSessionCookie } from './session-cookie';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}$/;

const auditSignIn = (email: string, outcome: 'allowed' | 'denied'): void =>
  audit({
    actor: outcome === 'allowed' ? email : 'anonymous',
    action: 'session.sign_in',
    object: `stakeholder:${email}`,
    outcome,
    details: { method: 'dev-login', ...(outcome === 'denied' ? { reason: 'unknown stakeholder' } : {}) },
  });

/**
 * Development only: signs in as an existing stakeholder without an identity provider.
 * The route is not registered outside development, so there it answers 404.
 */
export const devLogin =
  (key: Buffer, createLoaders: () => Dataloaders) =>
  async (request: Request, response: Response): Promise<void> => {
    const email = typeof request.query['email'] === 'string' ? request.query['email'].trim().toLowerCase() : '';
    if (!EMAIL.test(email)) {
      response.status(400).json({ error: 'Give the email of a stakeholder: /dev/login?email=someone@example.com' });
      return;
    }
    const stakeholder = await createLoaders().stakeholder.load(email);
    if (!stakeholder) {
      auditSignIn(email, 'denied');
      response.status(404).json({ error: `No stakeholder with the email ${email}` });
      return;
    }
    const { token } = createSessionToken(stakeholder.email, key);
    setSessionCookie(response, token, false);
    setRequestContextField('user', stakeholder.email);
    auditSignIn(stakeholder.email, 'allowed');
    response.status(200).json({ signedIn: stakeholder.email });
  };
