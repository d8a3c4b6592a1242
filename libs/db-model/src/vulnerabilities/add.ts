import { AlreadyExistsError } from '../model/errors';
import { batchWriteItems, ConditionFailed, putItem } from '../store/operations';
import { vulnerabilityFacet, vulnerabilityKey } from './entity';
import type { Vulnerability } from './types';

/** Creates one vulnerability; a second add of the same id fails and writes nothing. */
export const addVulnerability = async (vulnerability: Vulnerability): Promise<void> => {
  try {
    await putItem(vulnerabilityFacet.toItem(vulnerability), [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (error instanceof ConditionFailed) {
      throw new AlreadyExistsError('vulnerability', vulnerabilityKey(vulnerability.id, vulnerability.findingId).pk);
    }
    throw error;
  }
};

/**
 * Creates many vulnerabilities with fresh (uuid) ids in batches of 25. Every record is validated before
 * the first write, so a bad one writes nothing; the caller has checked locations for duplicates.
 */
export const addVulnerabilities = async (vulnerabilities: readonly Vulnerability[]): Promise<void> => {
  const items = vulnerabilities.map((vulnerability) => vulnerabilityFacet.toItem(vulnerability));
  await batchWriteItems(items);
};
