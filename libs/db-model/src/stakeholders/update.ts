import { deleteItem, updateItem, whenConditionHolds } from '../store/operations';
import { swapUnderRevision } from '../model/revision-swap';
import { updateMetadata } from '../model/update-metadata';
import { stakeholderFacet, stakeholderKey } from './entity';
import type { AccessToken, Stakeholder } from './types';

/** Plain metadata changes (names, flags, session): SET what changed, REMOVE what became undefined. */
export const updateStakeholder = (
  current: Stakeholder,
  changes: Partial<Omit<Stakeholder, 'email' | 'accessTokens' | 'accessTokensRevision'>>,
): Promise<Stakeholder> =>
  updateMetadata<Stakeholder>({ facet: stakeholderFacet, key: stakeholderKey(current.email), current, changes });

/**
 * Replaces the stakeholder's access tokens on the condition that nobody replaced them since `current`
 * was read (ConcurrentModificationError otherwise), so that issuing, revoking and stamping the last use
 * of tokens cannot undo one another, and a limit checked on the read holds.
 */
export const updateAccessTokens = async (current: Stakeholder, accessTokens: readonly AccessToken[]): Promise<Stakeholder> => {
  const previous = current.accessTokensRevision;
  const next: Stakeholder = { ...current, accessTokens, accessTokensRevision: (previous ?? 0) + 1 };
  const item = stakeholderFacet.toItem(next);
  await swapUnderRevision({
    entity: stakeholderFacet.name,
    key: stakeholderKey(current.email),
    set: { access_tokens: item['access_tokens'], access_tokens_revision: item['access_tokens_revision'] },
    revisionPath: 'access_tokens_revision',
    previous,
  });
  return next;
};

/**
 * Marks the stakeholder's session revoked if the session `jti` is still the current one. False when it
 * is not (a newer sign-in replaced it, or there is none): a sign-out never revokes a later session.
 */
export const revokeSessionToken = (email: string, jti: string): Promise<boolean> =>
  whenConditionHolds(() =>
    updateItem({ key: stakeholderKey(email), set: { 'session_token.state': 'REVOKED' }, conditions: [{ path: 'session_token.jti', equals: jti }] }),
  );

export const removeStakeholder = async (email: string): Promise<void> => {
  await deleteItem(stakeholderKey(email));
};
