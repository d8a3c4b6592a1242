import type { Vulnerability } from './types';

/** Zero risk REQUESTED or CONFIRMED takes a vulnerability out of counts and indicators. */
export const isZeroRisk = (vulnerability: Pick<Vulnerability, 'zeroRisk'>): boolean =>
  vulnerability.zeroRisk?.status === 'REQUESTED' || vulnerability.zeroRisk?.status === 'CONFIRMED';

/** Released means a reviewer accepted it: VULNERABLE (open) or SAFE (closed). */
export const isReleased = (status: string): boolean => status === 'VULNERABLE' || status === 'SAFE';

export const isAccepted = (treatment: string | undefined): boolean =>
  treatment === 'ACCEPTED' || treatment === 'ACCEPTED_UNDEFINED';

/**
 * Ends the listing sort keys so that no two vulnerabilities share one. DynamoDB does not need it, but
 * dynalite tells apart index entries with equal keys only by 24 bits of a hash of the item's key, so
 * among a few thousand vulnerabilities in one state some would silently drop out of the index.
 */
const unique = (id: string | undefined): string => (id === undefined ? '' : `#VULN#${id}`);

/** gsi_5 sort key: the group-wide listing, filterable by prefix (without `id`, the prefix of a filter). */
export const groupListingSortKey = (zeroRisk: boolean, state: string, accepted: boolean, id?: string): string =>
  `VULN#ZR#${zeroRisk}#STATE#${state.toLowerCase()}#TREAT#${accepted}${unique(id)}`;

/** gsi_6 sort key: the per-finding listing, filterable by prefix (without `id`, the prefix of a filter). */
export const findingListingSortKey = (parts: {
  readonly deleted: boolean;
  readonly released: boolean;
  readonly zeroRisk: boolean;
  readonly state?: string;
  readonly verification?: string;
  readonly id?: string;
}): string =>
  [
    `VULN#DELETED#${parts.deleted}#RELEASED#${parts.released}#ZR#${parts.zeroRisk}`,
    ...(parts.state !== undefined ? [`STATE#${parts.state.toLowerCase()}`] : []),
    ...(parts.state !== undefined && parts.verification !== undefined ? [`VERIF#${parts.verification.toLowerCase()}`] : []),
  ].join('#') + unique(parts.id);
