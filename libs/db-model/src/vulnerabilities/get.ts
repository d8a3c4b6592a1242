import { readHistory } from '../history/read-history';
import { getByKeys, indexKeys, queryAll, queryFirst } from '../model/lookups';
import { queryPage, type Connection, type PageRequest } from '../paging/connection';
import type { Item } from '../store/operations';
import {
  vulnerabilityFacet,
  vulnerabilityHistoricState,
  vulnerabilityHistoricTreatment,
  vulnerabilityHistoricVerification,
  vulnerabilityHistoricZeroRisk,
  vulnerabilityKey,
} from './entity';
import { findingListingSortKey, groupListingSortKey, isAccepted, isReleased, isZeroRisk } from './index-keys';
import type {
  TreatmentStatus,
  VerificationStatus,
  Vulnerability,
  VulnerabilityState,
  VulnerabilityStateStatus,
  VulnerabilityTreatment,
  VulnerabilityVerification,
  VulnerabilityZeroRisk,
  ZeroRiskStatus,
} from './types';

/** By id alone: one query per distinct id (the sort key names the finding). */
export const getVulnerabilities = (ids: readonly string[]): Promise<readonly (Vulnerability | undefined)[]> =>
  Promise.all(
    ids.map(async (id) => {
      const item = await queryFirst(`VULN#${id}`, 'FIN#');
      return item ? vulnerabilityFacet.fromItem(item) : undefined;
    }),
  );

/** By id and finding: batched. */
export const getVulnerabilitiesByKey = (
  keys: readonly { readonly id: string; readonly findingId: string }[],
): Promise<readonly (Vulnerability | undefined)[]> =>
  getByKeys(vulnerabilityFacet, keys.map(({ id, findingId }) => vulnerabilityKey(id, findingId)));

export interface VulnerabilityFilters {
  readonly state?: VulnerabilityStateStatus;
  readonly treatment?: TreatmentStatus;
  readonly verification?: VerificationStatus;
  /** true: only zero-risk REQUESTED or CONFIRMED; false: only the rest; unset: both. */
  readonly zeroRisk?: boolean;
  readonly zeroRiskStatus?: ZeroRiskStatus;
  /** DELETED and MASKED are left out unless asked for by `state`. */
  readonly includeRemoved?: boolean;
  /** Only VULNERABLE or SAFE ones (what customers may see). */
  readonly releasedOnly?: boolean;
  /** Only those whose location (`where`) contains this text, ignoring case. */
  readonly where?: string;
}

const matches = (filters: VulnerabilityFilters) => (vulnerability: Vulnerability): boolean =>
  (filters.state === undefined || vulnerability.state.status === filters.state) &&
  (filters.treatment === undefined || (vulnerability.treatment?.status ?? 'UNTREATED') === filters.treatment) &&
  (filters.verification === undefined || vulnerability.verification?.status === filters.verification) &&
  (filters.zeroRisk === undefined || isZeroRisk(vulnerability) === filters.zeroRisk) &&
  (filters.zeroRiskStatus === undefined || vulnerability.zeroRisk?.status === filters.zeroRiskStatus) &&
  (filters.releasedOnly !== true || isReleased(vulnerability.state.status)) &&
  (filters.where === undefined || vulnerability.state.where.toLowerCase().includes(filters.where.toLowerCase())) &&
  (filters.includeRemoved === true ||
    filters.state !== undefined ||
    (vulnerability.state.status !== 'DELETED' && vulnerability.state.status !== 'MASKED'));

const toNode = (item: Item): Vulnerability => vulnerabilityFacet.fromItem(item);

/** The longest gsi_6 prefix the filters pin down; the rest is filtered as the pages are read. */
const findingPrefix = (filters: VulnerabilityFilters): string => {
  if (filters.state === undefined && filters.releasedOnly && !filters.includeRemoved) {
    const released = 'VULN#DELETED#false#RELEASED#true#';
    return filters.zeroRisk === undefined ? released : `${released}ZR#${filters.zeroRisk}#`;
  }
  if (filters.state === undefined) return filters.includeRemoved ? 'VULN#' : 'VULN#DELETED#false#';
  const released = filters.state === 'VULNERABLE' || filters.state === 'SAFE';
  if (filters.zeroRisk === undefined) return `VULN#DELETED#${filters.state === 'DELETED'}#RELEASED#${released}#`;
  return `${findingListingSortKey({
    deleted: filters.state === 'DELETED',
    released,
    zeroRisk: filters.zeroRisk,
    state: filters.state,
    ...(filters.verification ? { verification: filters.verification } : {}),
  })}${filters.verification ? '' : '#'}`;
};

/** A finding's vulnerabilities through gsi_6, filtered and paged. */
export const getFindingVulnerabilities = (
  findingId: string,
  filters: VulnerabilityFilters,
  page: PageRequest,
): Promise<Connection<Vulnerability>> =>
  queryPage({
    scope: `finding-vulnerabilities:${findingId}:${JSON.stringify(filters)}`,
    query: { index: 'gsi_6', partitionValue: `FIN#${findingId}`, sortBeginsWith: findingPrefix(filters) },
    keys: indexKeys('gsi_6'),
    page,
    toNode,
    accept: matches(filters),
  });

/** Every vulnerability of a finding (unpaged), for indicators and bulk checks. */
export const getAllFindingVulnerabilities = (findingId: string): Promise<readonly Vulnerability[]> =>
  queryAll(vulnerabilityFacet, { index: 'gsi_6', partitionValue: `FIN#${findingId}`, sortBeginsWith: 'VULN#' });

const groupPrefix = (filters: VulnerabilityFilters): string => {
  if (filters.zeroRisk === undefined) return 'VULN#ZR#';
  if (filters.state === undefined) return `VULN#ZR#${filters.zeroRisk}#STATE#`;
  const head = `VULN#ZR#${filters.zeroRisk}#STATE#${filters.state.toLowerCase()}#TREAT#`;
  return filters.treatment === undefined ? head : groupListingSortKey(filters.zeroRisk, filters.state, isAccepted(filters.treatment));
};

/** A group's vulnerabilities through gsi_5, filtered and paged. */
export const getGroupVulnerabilities = (
  groupName: string,
  filters: VulnerabilityFilters,
  page: PageRequest,
): Promise<Connection<Vulnerability>> =>
  queryPage({
    scope: `group-vulnerabilities:${groupName}:${JSON.stringify(filters)}`,
    query: { index: 'gsi_5', partitionValue: `GROUP#${groupName}`, sortBeginsWith: groupPrefix(filters) },
    keys: indexKeys('gsi_5'),
    page,
    toNode,
    accept: matches(filters),
  });

export const getAssignedVulnerabilities = (email: string): Promise<readonly Vulnerability[]> =>
  queryAll(vulnerabilityFacet, { index: 'gsi_3', partitionValue: `USER#${email.toLowerCase()}` });

export const getRootVulnerabilities = (rootId: string): Promise<readonly Vulnerability[]> =>
  queryAll(vulnerabilityFacet, { index: 'gsi_2', partitionValue: `ROOT#${rootId}` });

export const getEventVulnerabilities = (eventId: string): Promise<readonly Vulnerability[]> =>
  queryAll(vulnerabilityFacet, { index: 'gsi_4', partitionValue: `EVENT#${eventId}` });

/** Vulnerabilities of a finding at one location hash (for de-duplication). */
export const getVulnerabilitiesByHash = (findingId: string, hash: string): Promise<readonly Vulnerability[]> =>
  queryAll(vulnerabilityFacet, { index: 'gsi_hash', partitionValue: `HASH#${hash}`, sortBeginsWith: `FIN#${findingId}` });

export const getVulnerabilityHistoricState = (v: Vulnerability): Promise<readonly VulnerabilityState[]> =>
  readHistory(vulnerabilityHistoricState, `VULN#${v.id}`, v.state);
export const getVulnerabilityHistoricTreatment = (v: Vulnerability): Promise<readonly VulnerabilityTreatment[]> =>
  readHistory(vulnerabilityHistoricTreatment, `VULN#${v.id}`, v.treatment);
export const getVulnerabilityHistoricVerification = (v: Vulnerability): Promise<readonly VulnerabilityVerification[]> =>
  readHistory(vulnerabilityHistoricVerification, `VULN#${v.id}`, v.verification);
export const getVulnerabilityHistoricZeroRisk = (v: Vulnerability): Promise<readonly VulnerabilityZeroRisk[]> =>
  readHistory(vulnerabilityHistoricZeroRisk, `VULN#${v.id}`, v.zeroRisk);
