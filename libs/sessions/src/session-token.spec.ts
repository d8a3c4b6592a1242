import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { createSessionToken, SESSION_TTL_SECONDS, signToken, verifySessionToken, verifyToken } from './session-token';
import { createApiToken, matchesStoredSecret, readApiToken } from './api-token';
import { createInvitationToken, readInvitationToken } from './invitation-token';

describe('signed tokens', () => {
  const key = new Uint8Array(randomBytes(32));

  it('round-trip a session with an id and an 8-hour expiry', async () => {
    const { token, jti } = await createSessionToken('jdoe@example.com', key);
    const claims = await verifySessionToken(token, key);
    expect(claims).toMatchObject({ sub: 'jdoe@example.com', jti });
    expect((claims?.exp ?? 0) - (claims?.iat ?? 0)).toBe(SESSION_TTL_SECONDS);
  });

  it('refuse tampered, foreign-key, expired, wrong-kind and unsigned tokens', async () => {
    const { token } = await createSessionToken('jdoe@example.com', key);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin@example.com' }),
    ).toString('base64url');
    expect(await verifySessionToken(`${header}.${forgedPayload}.${signature}`, key)).toBeUndefined();
    expect(await verifySessionToken(token, new Uint8Array(randomBytes(32)))).toBeUndefined();
    expect(await verifySessionToken(token, key, Date.now() + (SESSION_TTL_SECONDS + 60) * 1000)).toBeUndefined();
    expect(await verifyToken('api_token', token, key)).toBeUndefined();
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${payload}.`;
    expect(await verifySessionToken(none, key)).toBeUndefined();
    const otherAlgorithm = await new SignJWT({ kind: 'session' }).setProtectedHeader({ alg: 'HS256' }).setSubject('x').setJti('y').setIssuedAt().setExpirationTime('1h').setIssuer('integrates').sign(key);
    expect(await verifySessionToken(otherAlgorithm, key)).toBeUndefined();
    expect(await verifySessionToken('garbage', key)).toBeUndefined();
  });

  it('remember a verified token without accepting it under another key, after expiry or as another kind', async () => {
    const { token, jti } = await createSessionToken('jdoe@example.com', key);
    expect(await verifySessionToken(token, key)).toMatchObject({ jti });
    expect(await verifySessionToken(token, key)).toMatchObject({ jti });
    expect(await verifySessionToken(token, new Uint8Array(randomBytes(32)))).toBeUndefined();
    expect(await verifySessionToken(token, key, Date.now() + (SESSION_TTL_SECONDS + 60) * 1000)).toBeUndefined();
    expect(await verifyToken('api_token', token, key)).toBeUndefined();
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), sub: 'admin@example.com' })).toString('base64url');
    expect(await verifySessionToken(`${header}.${forged}.${signature}`, key)).toBeUndefined();
  });

  it('issue API tokens whose secret id is stored only as a salted scrypt hash', async () => {
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    const { token, stored } = await createApiToken('ci@example.com', expiresAt, key);
    const claims = await readApiToken(token, key);
    expect(claims).toMatchObject({ email: 'ci@example.com', tokenId: stored.id, exp: expiresAt });
    expect(JSON.stringify(stored)).not.toContain(claims?.jti ?? 'missing');
    expect(await matchesStoredSecret(claims?.jti ?? '', stored)).toBe(true);
    expect(await matchesStoredSecret('another', stored)).toBe(false);
    const second = await createApiToken('ci@example.com', expiresAt, key);
    expect(second.stored.salt).not.toBe(stored.salt);
    expect(await readApiToken(token, key, (expiresAt + 1) * 1000)).toBeUndefined();
  });

  it('sign invitations that only read back as invitations', async () => {
    const { token } = await createInvitationToken({ email: 'new@example.com', entity: 'group', target: 'unittesting' }, key);
    expect(await readInvitationToken(token, key)).toMatchObject({ email: 'new@example.com', entity: 'group', target: 'unittesting' });
    const session = await signToken('session', {}, key, { subject: 'x', ttlSeconds: 60 });
    expect(await readInvitationToken(session.token, key)).toBeUndefined();
  });
});
