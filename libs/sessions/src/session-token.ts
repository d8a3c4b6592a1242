import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** The web session cookie, as in the original. */
export const SESSION_COOKIE = 'integrates_session';
export const SESSION_TTL_SECONDS = 8 * 60 * 60;

export interface SessionClaims {
  readonly sub: string;
  readonly jti: string;
  readonly iat: number;
  readonly exp: number;
}

const encode = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const sign = (data: string, key: Buffer): string => createHmac('sha256', key).update(data).digest('base64url');
const HEADER = encode({ alg: 'HS256', typ: 'JWT' });

/** A compact HS256 JWT naming the user. */
export const createSessionToken = (email: string, key: Buffer, now = Date.now()): { token: string; claims: SessionClaims } => {
  const iat = Math.floor(now / 1000);
  const claims: SessionClaims = { sub: email, jti: randomUUID(), iat, exp: iat + SESSION_TTL_SECONDS };
  const body = `${HEADER}.${encode(claims)}`;
  return { token: `${body}.${sign(body, key)}`, claims };
};

const isClaims = (value: unknown): value is SessionClaims => {
  const claims = value as Partial<SessionClaims> | null;
  return (
    typeof claims === 'object' &&
    claims !== null &&
    typeof claims.sub === 'string' &&
    typeof claims.jti === 'string' &&
    typeof claims.exp === 'number' &&
    typeof claims.iat === 'number'
  );
};

/** The token's claims when its signature is ours and it has not expired; otherwise undefined. */
export const verifySessionToken = (token: string, key: Buffer, now = Date.now()): SessionClaims | undefined => {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return undefined;
  const [header, payload, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${header}.${payload}`, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return isClaims(claims) && claims.exp * 1000 > now ? claims : undefined;
  } catch {
    return undefined;
  }
};
