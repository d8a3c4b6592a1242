import { randomBytes } from 'node:crypto';
import { createSessionToken, SESSION_TTL_SECONDS, verifySessionToken } from './session-token';

describe('session tokens', () => {
  const key = randomBytes(32);

  it('round-trips the user and an id', () => {
    const { token, claims } = createSessionToken('jdoe@example.com', key);
    expect(verifySessionToken(token, key)).toEqual(claims);
    expect(claims.exp - claims.iat).toBe(SESSION_TTL_SECONDS);
  });

  it('refuses a tampered, foreign or expired token', () => {
    const { token } = createSessionToken('jdoe@example.com', key);
    const [header, , signature] = token.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'admin@example.com', jti: 'x', iat: 0, exp: 9e9 })).toString('base64url')}.${signature}`;
    expect(verifySessionToken(forged, key)).toBeUndefined();
    expect(verifySessionToken(token, randomBytes(32))).toBeUndefined();
    expect(verifySessionToken(token, key, Date.now() + (SESSION_TTL_SECONDS + 1) * 1000)).toBeUndefined();
    expect(verifySessionToken('garbage', key)).toBeUndefined();
  });
});
