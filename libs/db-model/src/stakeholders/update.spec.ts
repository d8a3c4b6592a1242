import { ConcurrentModificationError, EntityNotFoundError } from '../model/errors';
import { aStakeholder, startTestStore, type TestStore } from '../testing';
import { putStakeholder } from './add';
import { getStakeholders } from './get';
import type { AccessToken, Stakeholder } from './types';
import { revokeSessionToken, updateAccessTokens, updateStakeholder } from './update';

const aToken = (id: string): AccessToken => ({ id, name: id, issuedAt: 1, expiresAt: 2, jtiHashed: 'a'.repeat(64), salt: 'b'.repeat(64) });

describe('access tokens and sessions under conditions', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('db_model_access_tokens');
  });
  afterAll(() => store.stop());

  const reload = async (email: string): Promise<Stakeholder> => {
    const [stakeholder] = await getStakeholders([email]);
    if (!stakeholder) throw new Error('stakeholder vanished');
    return stakeholder;
  };

  it('keeps a revoked token revoked when a writer that read it before stamps its last use', async () => {
    const email = 'stamp@example.com';
    await putStakeholder(aStakeholder({ email }));
    await updateAccessTokens(await reload(email), [aToken('a'), aToken('b')]);
    const readBeforeRevocation = await reload(email);
    await updateAccessTokens(readBeforeRevocation, [aToken('b')]);
    const stamped = (readBeforeRevocation.accessTokens ?? []).map((token) => ({ ...token, lastUse: '2026-11-28T00:00:00.000Z' }));
    await expect(updateAccessTokens(readBeforeRevocation, stamped)).rejects.toBeInstanceOf(ConcurrentModificationError);
    const stored = await reload(email);
    expect(stored.accessTokens?.map(({ id }) => id)).toEqual(['b']);
    expect(stored.accessTokensRevision).toBe(2);
  });

  it('lets exactly one of concurrent writers from the same read win', async () => {
    const email = 'race@example.com';
    await putStakeholder(aStakeholder({ email }));
    const read = await reload(email);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, writer) => updateAccessTokens(read, [aToken(`t${writer}`)])));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason instanceof ConcurrentModificationError)).toHaveLength(7);
    expect((await reload(email)).accessTokens).toHaveLength(1);
  });

  it('revokes a session only while it is the current one, so that a late sign-out spares a newer sign-in', async () => {
    const email = 'sessions@example.com';
    await putStakeholder(aStakeholder({ email, sessionToken: { jti: 'old', state: 'IS_VALID' } }));
    await updateStakeholder(await reload(email), { sessionToken: { jti: 'new', state: 'IS_VALID' } });
    expect(await revokeSessionToken(email, 'old')).toBe(false);
    expect((await reload(email)).sessionToken).toEqual({ jti: 'new', state: 'IS_VALID' });
    expect(await revokeSessionToken(email, 'new')).toBe(true);
    expect((await reload(email)).sessionToken).toEqual({ jti: 'new', state: 'REVOKED' });
    expect(await revokeSessionToken('nobody@example.com', 'new')).toBe(false);
  });

  it('says when the stakeholder does not exist', async () => {
    await expect(updateAccessTokens(aStakeholder({ email: 'ghost@example.com' }), [])).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});
