import {
  ConcurrentModificationError,
  getStakeholders,
  isoNow,
  updateAccessTokens,
  type AccessToken,
  type Stakeholder,
} from '@integrates/db-model';
import { IntegratesError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { retry } from '@integrates/multitasking';
import { createApiToken, MAX_ACCESS_TOKENS, MAX_TOKEN_LIFETIME_SECONDS } from '@integrates/sessions';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';

export class InvalidTokenNameError extends IntegratesError {
  constructor() {
    super('INVALID_TOKEN_NAME', 'Exception - The token name must be 1 to 20 characters long');
  }
}

export class InvalidExpirationTimeError extends IntegratesError {
  constructor() {
    super('INVALID_EXPIRATION_TIME', 'Exception - The expiration time must be in the future and at most 26 weeks away');
  }
}

export class TokenCouldNotBeAddedError extends IntegratesError {
  constructor() {
    super('TOKEN_COULD_NOT_BE_ADDED', `Exception - A stakeholder can have at most ${MAX_ACCESS_TOKENS} access tokens`);
  }
}

export class TokenNotFoundError extends IntegratesError {
  constructor() {
    super('TOKEN_NOT_FOUND', 'Exception - Access token not found');
  }
}

/** The tokens as the API shows them: never the secret or its hash. */
export interface AccessTokenView {
  readonly id: string;
  readonly name: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly lastUse?: string;
}

export const viewAccessToken = ({ id, name, issuedAt, expiresAt, lastUse }: AccessToken): AccessTokenView => ({
  id,
  name,
  issuedAt,
  expiresAt,
  ...(lastUse ? { lastUse } : {}),
});

/**
 * Replaces the viewer's tokens with what `change` makes of them. Another request that replaced them
 * since they were read makes it read them again and call `change` again (which re-checks its rules).
 */
const changeAccessTokens = (
  context: DomainContext,
  email: string,
  change: (stakeholder: Stakeholder | undefined) => readonly AccessToken[],
): Promise<Stakeholder> =>
  retry(
    async (attempt) => {
      const stakeholder = attempt === 1 ? await context.loaders.stakeholder.load(email) : (await getStakeholders([email]))[0];
      const tokens = change(stakeholder);
      if (!stakeholder) throw new TokenNotFoundError();
      const updated = await updateAccessTokens(stakeholder, tokens);
      context.loaders.stakeholder.clear(email).prime(email, updated);
      return updated;
    },
    { retries: 4, backoff: 10, jitter: 1, retryOn: (error) => error instanceof ConcurrentModificationError },
  );

/** Issues an API token; returns the token once (only a salted hash of its id is kept). */
export const addAccessToken = async (
  context: DomainContext,
  name: string,
  expirationTime: number,
  now: number = Date.now(),
): Promise<string> => {
  const viewer = requireViewer(context);
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 20) throw new InvalidTokenNameError();
  const nowSeconds = Math.floor(now / 1000);
  if (!Number.isInteger(expirationTime) || expirationTime <= nowSeconds || expirationTime > nowSeconds + MAX_TOKEN_LIFETIME_SECONDS) {
    throw new InvalidExpirationTimeError();
  }
  const roomFor = (stakeholder: Stakeholder | undefined): readonly AccessToken[] => {
    const tokens = stakeholder?.accessTokens ?? [];
    if (!stakeholder || tokens.length >= MAX_ACCESS_TOKENS) throw new TokenCouldNotBeAddedError();
    return tokens;
  };
  // Checked before the costly hashing of a new secret, and again on the read the write relies on.
  roomFor(await context.loaders.stakeholder.load(viewer.email));
  const { token, stored } = await createApiToken(viewer.email, expirationTime, context.signingKey, now);
  await changeAccessTokens(context, viewer.email, (stakeholder) => [...roomFor(stakeholder), { ...stored, name: trimmed }]);
  audit({ action: 'access_token.add', object: `USER#${viewer.email}`, outcome: 'allowed', details: { tokenId: stored.id, name: trimmed, at: isoNow(now) } });
  return token;
};

export const invalidateAccessToken = async (context: DomainContext, id: string): Promise<void> => {
  const viewer = requireViewer(context);
  await changeAccessTokens(context, viewer.email, (stakeholder) => {
    const tokens = stakeholder?.accessTokens ?? [];
    if (!tokens.some((token) => token.id === id)) throw new TokenNotFoundError();
    return tokens.filter((token) => token.id !== id);
  });
  audit({ action: 'access_token.invalidate', object: `USER#${viewer.email}`, outcome: 'allowed', details: { tokenId: id } });
};

export const getAccessTokens = async (context: DomainContext): Promise<readonly AccessTokenView[]> => {
  const viewer = requireViewer(context);
  const stakeholder = await context.loaders.stakeholder.load(viewer.email);
  return (stakeholder?.accessTokens ?? []).map(viewAccessToken);
};
