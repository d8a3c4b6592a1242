import { createHash } from 'node:crypto';
import { ConcurrentModificationError, updateAccessTokens, type Dataloaders } from '@integrates/db-model';
import { audit, getLogger } from '@integrates/logging';
import { schedule } from '@integrates/multitasking';
import { matchesStoredSecret, readApiToken, verifySessionToken } from '@integrates/sessions';
import type { Viewer } from '../context/context';

const logger = getLogger('domain.sessions');

/** How often the last use of one token is written back, at most. */
const LAST_USE_WRITE_INTERVAL_MS = 60_000;
/** Tokens proven once skip scrypt until they expire; revocation is still checked on every request. */
const VERIFIED_CACHE_LIMIT = 10_000;
const verified = new Map<string, number>();
const lastUseWrites = new Map<string, number>();

const fingerprint = (token: string): string => createHash('sha256').update(token).digest('base64url');

const remember = (token: string, exp: number): void => {
  if (verified.size >= VERIFIED_CACHE_LIMIT) verified.delete(verified.keys().next().value ?? '');
  verified.set(fingerprint(token), exp);
};

const recordLastUse = (email: string, tokenId: string, loaders: Dataloaders): void => {
  const now = Date.now();
  if (now - (lastUseWrites.get(tokenId) ?? 0) < LAST_USE_WRITE_INTERVAL_MS) return;
  lastUseWrites.set(tokenId, now);
  // Off the request path: the request does not wait for this write, and its failure is only logged.
  schedule(async () => {
    const stakeholder = await loaders.stakeholder.load(email);
    if (!stakeholder?.accessTokens?.some((token) => token.id === tokenId)) return;
    const stamped = stakeholder.accessTokens.map((token) => (token.id === tokenId ? { ...token, lastUse: new Date(now).toISOString() } : token));
    try {
      // Conditional: a token issued or revoked since the read is never undone by this stamp.
      await updateAccessTokens(stakeholder, stamped);
    } catch (error) {
      if (!(error instanceof ConcurrentModificationError)) throw error;
      // The tokens changed meanwhile; a later use stamps it (the interval starts again).
      lastUseWrites.delete(tokenId);
    }
  }, 'access-token-last-use');
};

const fromApiToken = async (token: string, key: Uint8Array, loaders: Dataloaders): Promise<Viewer | undefined> => {
  const claims = await readApiToken(token, key);
  if (!claims) return undefined;
  const stakeholder = await loaders.stakeholder.load(claims.email);
  const stored = stakeholder?.accessTokens?.find((candidate) => candidate.id === claims.tokenId);
  if (!stakeholder || !stored) return undefined;
  if (!verified.has(fingerprint(token))) {
    if (!(await matchesStoredSecret(claims.jti, stored))) return undefined;
    remember(token, claims.exp);
  }
  recordLastUse(stakeholder.email, stored.id, loaders);
  return { email: stakeholder.email, via: 'api_token', credentialId: stored.id };
};

const fromSession = async (token: string, key: Uint8Array, loaders: Dataloaders): Promise<Viewer | undefined> => {
  const claims = await verifySessionToken(token, key);
  if (!claims) return undefined;
  const stakeholder = await loaders.stakeholder.load(claims.sub);
  const session = stakeholder?.sessionToken;
  // Only the newest session of a stakeholder is valid, and logout revokes it.
  if (!stakeholder || session?.jti !== claims.jti || session.state !== 'IS_VALID') return undefined;
  return { email: stakeholder.email, via: 'session', credentialId: claims.jti };
};

/**
 * The caller of a request: a bearer API token takes precedence over the session cookie. A credential
 * that does not verify counts as none (the request is then anonymous), and is audited.
 */
export const resolveViewer = async (
  credentials: { readonly bearer?: string | undefined; readonly sessionCookie?: string | undefined },
  key: Uint8Array,
  loaders: Dataloaders,
): Promise<Viewer | undefined> => {
  if (credentials.bearer) {
    const viewer = await fromApiToken(credentials.bearer, key, loaders);
    if (!viewer) {
      audit({ action: 'session.api_token.use', object: 'api_token', outcome: 'denied', details: { reason: 'invalid or revoked token' } });
      logger.debug('A bearer token was refused');
    }
    return viewer;
  }
  if (credentials.sessionCookie) return fromSession(credentials.sessionCookie, key, loaders);
  return undefined;
};
