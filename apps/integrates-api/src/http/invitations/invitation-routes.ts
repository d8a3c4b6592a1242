import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Dataloaders } from '@integrates/db-model';
import { confirmInvitation, rejectInvitation, type InvitationEntity, type InvitationOutcome } from '@integrates/domain';
import { isIntegratesError } from '@integrates/errors';
import { pageFor, renderPage, UNAVAILABLE_PAGE, type Page } from './invitation-page';

type Respond = typeof confirmInvitation;

/** A compact JWT, and not an absurdly long one. */
const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

const send = (response: Response, page: Page): void => {
  // The token is in the URL: keep it out of caches and out of the Referer of the page's link.
  response
    .status(page.status)
    .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
    .send(renderPage(page));
};

const handler =
  (respond: Respond, entity: InvitationEntity, key: Uint8Array, createLoaders: () => Dataloaders) =>
  async (request: Request, response: Response, next: NextFunction): Promise<void> => {
    const token = String(request.params['token'] ?? '');
    if (token.length > 4096 || !TOKEN.test(token)) {
      send(response, pageFor({ outcome: 'invalid' }));
      return;
    }
    let outcome: InvitationOutcome;
    try {
      outcome = await respond({ loaders: createLoaders(), signingKey: key }, entity, token);
    } catch (error) {
      // Expected failures (store unavailable, a concurrent change) get a page; anything else is reported.
      if (isIntegratesError(error)) send(response, UNAVAILABLE_PAGE);
      else next(error);
      return;
    }
    send(response, pageFor(outcome));
  };

/**
 * The links an invitation carries. The signed token proves who was invited to what, as in the
 * original, so no session is needed; a used, expired, replaced or forged link gets a small page with
 * a 4xx status.
 */
export const invitationRoutes = (key: Uint8Array, createLoaders: () => Dataloaders): Router => {
  const router = Router();
  router.get('/confirm_access/:token', handler(confirmInvitation, 'group', key, createLoaders));
  router.get('/reject_access/:token', handler(rejectInvitation, 'group', key, createLoaders));
  router.get('/confirm_access_organization/:token', handler(confirmInvitation, 'organization', key, createLoaders));
  router.get('/reject_access_organization/:token', handler(rejectInvitation, 'organization', key, createLoaders));
  return router;
};
