import { getFindings, getFindingTypeClaim, takeFindingTypeClaim, type FindingTypeClaim } from '@integrates/db-model';
import { FindingAlreadyExistsError } from './errors';

/** A claim whose finding was never written after this long is taken to be from a creation that crashed. */
export const ABANDONED_CLAIM_MS = 5 * 60_000;

/**
 * Makes `claim.findingId` the group's one finding of the weakness type `claim.code`, so that
 * concurrent creations of one type cannot both succeed; FindingAlreadyExistsError otherwise. A holder
 * that was removed or masked gives way, and so does one whose finding was never written (a creation
 * that crashed between the claim and the finding) once the claim is old enough not to be under way.
 */
export const claimFindingType = async (claim: FindingTypeClaim, now: number): Promise<void> => {
  if (await takeFindingTypeClaim(claim)) return;
  const held = await getFindingTypeClaim(claim.groupName, claim.code);
  if (held) {
    const [holder] = await getFindings([held.findingId]);
    const gaveWay = holder ? holder.state.status !== 'CREATED' : now - Date.parse(held.takenAt) > ABANDONED_CLAIM_MS;
    if (gaveWay && (await takeFindingTypeClaim(claim, held.findingId))) return;
  }
  throw new FindingAlreadyExistsError(claim.code, claim.groupName);
};
