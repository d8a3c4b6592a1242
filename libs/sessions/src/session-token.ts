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

/** The claims of a token of `kind` whose signature is ours and that has not expired; otherwise undefined. */
export const verifyToken = async (
  kind: TokenKind,
  token: string,
  key: Uint8Array,
  now: number = Date.now(),
): Promise<(Record<string, unknown> & SessionClaims) | undefined> => {
  if (token.length > 8192) return undefined;
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      issuer: ISSUER,
      currentDate: new Date(now),
      requiredClaims: ['sub', 'jti', 'exp', 'iat'],
    });
    if (payload['kind'] !== kind) return undefined;
    return payload as Record<string, unknown> & SessionClaims;
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
