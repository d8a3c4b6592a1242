import { randomUUID } from 'node:crypto';
import {
  addVulnerabilities as storeVulnerabilities,
  getAllFindingVulnerabilities,
  isoNow,
  type Group,
  type Vulnerability,
} from '@integrates/db-model';
import { AccessDeniedError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { parse as parseYaml, YAMLError } from 'yaml';
import { groupServiceAttributes } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { GroupCannotReportError } from '../findings/errors';
import { loadActiveFinding } from '../findings/visibility';
import { refreshFindingIndicators } from '../indicators/finding-indicators';
import { InvalidVulnerabilitiesFileError, VulnerabilityAlreadyExistsError } from './errors';
import { describeLocation, locationHash, parseVulnerabilitiesDocument, type LocationInput } from './locations';

/** The most vulnerabilities one upload may report. */
export const MAX_VULNERABILITIES_PER_UPLOAD = 50_000;

const rootIds = async (context: DomainContext, group: Group, locations: readonly LocationInput[]): Promise<ReadonlyMap<string, string>> => {
  const nicknames = new Set(locations.flatMap((location) => (location.repoNickname ? [location.repoNickname] : [])));
  if (nicknames.size === 0) return new Map();
  const roots = await context.loaders.groupRoots.load(group.name);
  const active = new Map(roots.filter((root) => root.state.status === 'ACTIVE').map((root) => [root.state.nickname, root.id]));
  for (const location of locations) {
    if (location.repoNickname && !active.has(location.repoNickname)) {
      throw new InvalidVulnerabilitiesFileError(`${location.origin}.repo_nickname "${location.repoNickname}" is not an active root of the group`);
    }
  }
  return active;
};

/**
 * Reports new vulnerabilities of a finding from a document of `lines`, `ports` and `inputs` (the YAML
 * file's content or the same as JSON). The whole batch is checked first (each location for its type,
 * no location twice, none already reported in the finding, read once for the whole finding), so a bad
 * document writes nothing. New vulnerabilities start SUBMITTED with treatment UNTREATED.
 */
export const addVulnerabilities = async (context: DomainContext, findingId: string, document: unknown): Promise<readonly Vulnerability[]> => {
  const viewer = requireViewer(context);
  const finding = await loadActiveFinding(context, findingId);
  const group = await context.loaders.group.load(finding.groupName);
  if (!group || group.state.status !== 'ACTIVE') throw new AccessDeniedError({ findingId });
  if (!groupServiceAttributes(group).includes('can_report_vulnerabilities')) throw new GroupCannotReportError(group.name);

  const locations = parseVulnerabilitiesDocument(document, MAX_VULNERABILITIES_PER_UPLOAD);
  const roots = await rootIds(context, group, locations);
  // The finding was read before this read of all its vulnerabilities: together they let the indicator
  // refresh skip reading them again (see refreshFindingIndicators).
  const existing = await getAllFindingVulnerabilities(finding.id);
  const reported = new Set(
    existing
      .filter((vulnerability) => vulnerability.state.status !== 'DELETED' && vulnerability.state.status !== 'MASKED')
      .map((vulnerability) => vulnerability.hash),
  );
  const now = isoNow();
  const seen = new Set<string>();
  const records = locations.map((location): Vulnerability => {
    const rootId = location.repoNickname ? roots.get(location.repoNickname) : undefined;
    const hash = locationHash(location, rootId);
    if (reported.has(hash)) throw new VulnerabilityAlreadyExistsError(describeLocation(location));
    if (seen.has(hash)) throw new InvalidVulnerabilitiesFileError(`${location.origin} repeats ${describeLocation(location)}`);
    seen.add(hash);
    return {
      id: randomUUID(),
      findingId: finding.id,
      groupName: group.name,
      organizationName: group.organizationName,
      hackerEmail: viewer.email,
      createdBy: viewer.email,
      createdDate: now,
      type: location.type,
      hash,
      ...(rootId ? { rootId } : {}),
      state: {
        status: 'SUBMITTED',
        source: 'ANALYST',
        where: location.where,
        specific: location.specific,
        ...(location.commit ? { commit: location.commit } : {}),
        modifiedBy: viewer.email,
        modifiedDate: now,
      },
      treatment: { status: 'UNTREATED', modifiedBy: viewer.email, modifiedDate: now },
      unreliableIndicators: { treatmentChanges: 0, reattackCycles: 0, efficacy: 0, closedByReattack: 0, reattacksVerified: 0 },
    };
  });

  await storeVulnerabilities(records);
  await refreshFindingIndicators(context, finding.id, records, { finding, vulnerabilities: existing });
  context.loaders.findingVulnerabilities.clearAll();
  context.loaders.groupVulnerabilities.clearAll();
  audit({ action: 'vulnerabilities.add', object: `FIN#${finding.id}`, outcome: 'allowed', details: { count: records.length } });
  return records;
};

/** A YAML file of `lines`, `ports` and `inputs` lists, as the original's uploadFile takes. */
export interface VulnerabilitiesFile {
  readonly name: string;
  readonly content: string;
}

export const parseVulnerabilitiesYaml = (file: VulnerabilitiesFile): unknown => {
  if (!/\.ya?ml$/i.test(file.name)) throw new InvalidVulnerabilitiesFileError(`the file must be YAML (.yaml or .yml), got "${file.name}"`);
  try {
    // Aliases are capped so that a small file cannot expand into a huge document.
    const document: unknown = parseYaml(file.content, { maxAliasCount: 50, prettyErrors: true });
    if (document === null || document === undefined) throw new InvalidVulnerabilitiesFileError('the file is empty');
    return document;
  } catch (error) {
    if (error instanceof YAMLError) {
      throw new InvalidVulnerabilitiesFileError(`the file is not valid YAML: ${error.message.split('\n')[0] ?? ''}`);
    }
    throw error;
  }
};

/** `uploadFile`: the YAML file's vulnerabilities, checked and written as `addVulnerabilities` does. */
export const uploadVulnerabilitiesFile = (context: DomainContext, findingId: string, file: VulnerabilitiesFile): Promise<readonly Vulnerability[]> =>
  addVulnerabilities(context, findingId, parseVulnerabilitiesYaml(file));
