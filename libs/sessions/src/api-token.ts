import { randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { signToken, verifyToken } from './session-token';

/** The most API tokens a stakeholder may hold, and the longest they may live (as in the original). */
export const MAX_ACCESS_TOKENS = 2;
export const MAX_TOKEN_LIFETIME_SECONDS = 26 * 7 * 24 * 60 * 60;

const SCRYPT = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const HASH_BYTES = 32;

const hashJti = (jti: string, salt: Buffer): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    scrypt(jti, salt, HASH_BYTES, SCRYPT, (error, derived) => (error ? reject(error) : resolve(derived)));
  });

/** What is stored of a token: never the token or its secret id, only a salted scrypt hash of the id. */
export interface StoredTokenSecret {
  readonly id: string;
  readonly jtiHashed: string;
  readonly salt: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
}

/** Issues an API token: the JWT (shown once) and what to store. */
export const createApiToken = async (
  email: string,
  expiresAt: number,
  key: Uint8Array,
  now: number = Date.now(),
): Promise<{ token: string; stored: StoredTokenSecret }> => {
  const id = randomUUID();
  const jti = randomBytes(32).toString('base64url');
  const issuedAt = Math.floor(now / 1000);
  const { token } = await signToken('api_token', { tid: id }, key, {
    subject: email,
    ttlSeconds: expiresAt - issuedAt,
    jti,
    now,
  });
  const salt = randomBytes(32);
  return {
    token,
    stored: { id, jtiHashed: (await hashJti(jti, salt)).toString('hex'), salt: salt.toString('hex'), issuedAt, expiresAt },
  };
};

export interface ApiTokenClaims {
  readonly email: string;
  readonly tokenId: string;
  readonly jti: string;
  readonly exp: number;
}

/** The claims of a well-signed, unexpired API token; whether it is still held is checked against the store. */
export const readApiToken = async (token: string, key: Uint8Array, now?: number): Promise<ApiTokenClaims | undefined> => {
  const claims = await verifyToken('api_token', token, key, now);
  if (!claims || typeof claims['tid'] !== 'string') return undefined;
  return { email: claims.sub, tokenId: claims['tid'], jti: claims.jti, exp: claims.exp };
};

/** True when `jti` hashes to the stored hash (constant-time comparison). */
export const matchesStoredSecret = async (jti: string, stored: Pick<StoredTokenSecret, 'jtiHashed' | 'salt'>): Promise<boolean> => {
  const expected = Buffer.from(stored.jtiHashed, 'hex');
  const actual = await hashJti(jti, Buffer.from(stored.salt, 'hex'));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
};
