import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

/** The web session cookie, as in the original. */
export const SESSION_COOKIE = 'integrates_session';
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

/** What a signed token of ours may be for; a token of one kind is never accepted as another. */
export type TokenKind = 'session' | 'api_token' | 'invitation' | 'oidc_state';

const ALGORITHM = 'HS512';
const ISSUER = 'integrates';

export interface SessionClaims {
  readonly sub: string;
  readonly jti: string;
  readonly iat: number;
  readonly exp: number;
}

/** Signs `claims` as a compact JWT of `kind` expiring after `ttlSeconds`. */
export const signToken = async (
  kind: TokenKind,
  claims: Readonly<Record<string, string | number | boolean>>,
  key: Uint8Array,
  options: { readonly subject: string; readonly ttlSeconds: number; readonly jti?: string; readonly now?: number },
): Promise<{ token: string; jti: string; iat: number; exp: number }> => {
  const iat = Math.floor((options.now ?? Date.now()) / 1000);
  const exp = iat + options.ttlSeconds;
  const jti = options.jti ?? randomUUID();
  const token = await new SignJWT({ ...claims, kind })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setIssuer(ISSUER)
    .setSubject(options.subject)
    .setJti(jti)
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key);
  return { token, jti, iat, exp };
};

type VerifiedClaims = Record<string, unknown> & SessionClaims;

/**
 * Session and API tokens come back on every request; their signatures are checked once per signing key
 * and remembered (bounded) until they expire. Expiry is still checked on every use, and whether the
 * token is still held (logout, revocation) is the caller's check against the store.
 */
const REMEMBERED_KINDS: ReadonlySet<TokenKind> = new Set(['session', 'api_token']);
const REMEMBERED_LIMIT = 10_000;
const verifiedByKey = new WeakMap<Uint8Array, Map<string, VerifiedClaims>>();

const rememberedClaims = (kind: TokenKind, token: string, key: Uint8Array, now: number): VerifiedClaims | undefined => {
  const claims = REMEMBERED_KINDS.has(kind) ? verifiedByKey.get(key)?.get(token) : undefined;
  return claims && claims['kind'] === kind && claims.exp * 1000 > now && claims.iat * 1000 <= now ? claims : undefined;
};

const remember = (token: string, key: Uint8Array, claims: VerifiedClaims): void => {
  const verified = verifiedByKey.get(key) ?? new Map<string, VerifiedClaims>();
  verifiedByKey.set(key, verified);
  if (verified.size >= REMEMBERED_LIMIT) verified.delete(verified.keys().next().value ?? '');
  verified.set(token, claims);
};

/** The claims of a token of `kind` whose signature is ours and that has not expired; otherwise undefined. */
export const verifyToken = async (
  kind: TokenKind,
  token: string,
  key: Uint8Array,
  now: number = Date.now(),
): Promise<VerifiedClaims | undefined> => {
  if (token.length > 8192) return undefined;
  const known = rememberedClaims(kind, token, key, now);
  if (known) return known;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      currentDate: new Date(now),
      requiredClaims: ['sub', 'jti', 'exp', 'iat'],
    });
    if (payload['kind'] !== kind) return undefined;
    const claims = payload as VerifiedClaims;
    if (REMEMBERED_KINDS.has(kind)) remember(token, key, claims);
    return claims;
  } catch (error) {
    if (error instanceof errors.JOSEError || error instanceof TypeError || error instanceof SyntaxError) return undefined;
    throw error;
  }
};

/** A web session token naming the user, with a fresh id (`jti`) and an 8-hour expiry. */
export const createSessionToken = (email: string, key: Uint8Array, now?: number) =>
  signToken('session', {}, key, { subject: email, ttlSeconds: SESSION_TTL_SECONDS, ...(now ? { now } : {}) });

export const verifySessionToken = async (token: string, key: Uint8Array, now?: number): Promise<SessionClaims | undefined> =>
  verifyToken('session', token, key, now);
