import { getByKeys } from '../model/lookups';
import { deleteItem, putItem, whenConditionHolds } from '../store/operations';
import { findingTypeClaimFacet, findingTypeClaimKey } from './entity';
import type { FindingTypeClaim } from './types';

export const getFindingTypeClaim = async (groupName: string, code: string): Promise<FindingTypeClaim | undefined> =>
  (await getByKeys(findingTypeClaimFacet, [findingTypeClaimKey(groupName, code)]))[0];

/**
 * Takes the claim on a weakness type in a group for `claim.findingId`: when nobody holds it, or, given
 * `from`, when `from` still holds it (a holder the caller found to no longer count). False when another
 * writer holds it, or took it first.
 */
export const takeFindingTypeClaim = (claim: FindingTypeClaim, from?: string): Promise<boolean> =>
  whenConditionHolds(() =>
    putItem(findingTypeClaimFacet.toItem(claim), from === undefined ? [{ path: 'pk', exists: false }] : [{ path: 'finding_id', equals: from }]),
  );

/** Gives a claim up, if `findingId` still holds it (a creation that failed after taking it). */
export const releaseFindingTypeClaim = async (claim: FindingTypeClaim): Promise<void> => {
  await whenConditionHolds(() => deleteItem(findingTypeClaimKey(claim.groupName, claim.code), [{ path: 'finding_id', equals: claim.findingId }]));
};
