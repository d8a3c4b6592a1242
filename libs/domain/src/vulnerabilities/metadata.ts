import { updateVulnerabilityMetadata, type Vulnerability } from '@integrates/db-model';
import { IntegratesError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { InvalidFieldValueError, SameValuesError } from '../findings/errors';
import { scoreVectors } from '../findings/severity';
import { loadActiveFinding } from '../findings/visibility';
import { auditBulk, loadFindingVulnerability, requireIds, runBulk, type BulkResult } from './bulk';
import { VulnerabilityNotFoundError } from './errors';

const MAX_TAGS = 20;
const TAG = /^[a-z0-9][a-z0-9_-]{0,29}$/;

const updateMetadata = async (context: DomainContext, vulnerability: Vulnerability, changes: Parameters<typeof updateVulnerabilityMetadata>[1]) => {
  const updated = await updateVulnerabilityMetadata(vulnerability, changes);
  context.loaders.vulnerability.clear(updated.id).prime(updated.id, updated);
  return updated;
};

const activeVulnerability = async (context: DomainContext, findingId: string, id: string) => {
  const finding = await loadActiveFinding(context, findingId);
  const vulnerability = await loadFindingVulnerability(context, finding, id);
  if (vulnerability.state.status === 'DELETED') throw new VulnerabilityNotFoundError({ id });
  return { finding, vulnerability };
};

/**
 * Gives vulnerabilities their own severity, overriding the finding's in indicators and acceptance
 * policies. The vectors are validated and scored once for the whole call.
 */
export const updateVulnerabilitiesSeverity = async (
  context: DomainContext,
  findingId: string,
  ids: readonly string[],
  cvssVector: string,
  cvss4Vector?: string | null,
): Promise<BulkResult> => {
  const severityScore = scoreVectors(cvssVector, cvss4Vector);
  const finding = await loadActiveFinding(context, findingId);
  const result = await runBulk(context, finding, requireIds('vulnerabilityIds', ids), async (id) => {
    const vulnerability = await loadFindingVulnerability(context, finding, id);
    if (vulnerability.state.status === 'DELETED') throw new VulnerabilityNotFoundError({ id });
    return updateMetadata(context, vulnerability, { severityScore });
  });
  auditBulk('vulnerabilities.severity.update', finding.id, result);
  return result;
};

export interface VulnerabilityMetadataInput {
  readonly externalBugTrackingSystem?: string | null;
  readonly tags?: readonly string[] | null;
}

export class InvalidBugTrackerUrlError extends IntegratesError {
  constructor() {
    super('INVALID_FIELD_VALUE', 'Exception - Invalid externalBugTrackingSystem: must be an http(s) URL of at most 2048 characters');
  }
}

const validUrl = (value: string): string => {
  const trimmed = value.trim();
  if (trimmed.length > 2048 || !URL.canParse(trimmed) || !/^https?:$/.test(new URL(trimmed).protocol)) throw new InvalidBugTrackerUrlError();
  return trimmed;
};

const validTags = (tags: readonly string[]): readonly string[] => {
  const normalised = [...new Set(tags.map((tag) => tag.trim().toLowerCase()))].sort();
  if (normalised.length > MAX_TAGS || normalised.some((tag) => !TAG.test(tag))) {
    throw new InvalidFieldValueError('tags', `at most ${MAX_TAGS} tags of 1 to 30 letters, digits, "-" or "_"`);
  }
  return normalised;
};

/** `updateVulnerabilityTreatment`: despite the name, the bug-tracker URL and tags (an empty URL or list clears them). */
export const updateVulnerabilityDetails = async (
  context: DomainContext,
  findingId: string,
  vulnerabilityId: string,
  input: VulnerabilityMetadataInput,
): Promise<Vulnerability> => {
  const { vulnerability } = await activeVulnerability(context, findingId, vulnerabilityId);
  const url = input.externalBugTrackingSystem;
  const changes = {
    ...(url !== undefined && url !== null ? { bugTrackingSystemUrl: url.trim() === '' ? undefined : validUrl(url) } : {}),
    ...(input.tags !== undefined && input.tags !== null ? { tags: input.tags.length === 0 ? undefined : validTags(input.tags) } : {}),
  };
  const same = Object.entries(changes).every(([key, value]) => JSON.stringify(vulnerability[key as keyof typeof changes]) === JSON.stringify(value));
  if (same) throw new SameValuesError();
  const updated = await updateMetadata(context, vulnerability, changes);
  audit({ action: 'vulnerability.details.update', object: `VULN#${updated.id}`, outcome: 'allowed', details: { findingId, ...changes } });
  return updated;
};
