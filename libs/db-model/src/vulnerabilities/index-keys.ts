import type { Vulnerability } from './types';

/** Zero risk REQUESTED or CONFIRMED takes a vulnerability out of counts and indicators. */
export const isZeroRisk = (vulnerability: Pick<Vulnerability, 'zeroRisk'>): boolean =>
  vulnerability.zeroRisk?.status === 'REQUESTED' || vulnerability.zeroRisk?.status === 'CONFIRMED';

/** Released means a reviewer accepted it: VULNERABLE (open) or SAFE (closed). */
export const isReleased = (status: string): boolean => status === 'VULNERABLE' || status === 'SAFE';

export const isAccepted = (treatment: string | undefined): boolean =>
  treatment === 'ACCEPTED' || treatment === 'ACCEPTED_UNDEFINED';

/** gsi_5 sort key: the group-wide listing, filterable by prefix. */
export const groupListingSortKey = (zeroRisk: boolean, state: string, accepted: boolean): string =>
  `VULN#ZR#${zeroRisk}#STATE#${state.toLowerCase()}#TREAT#${accepted}`;

/** gsi_6 sort key: the per-finding listing, filterable by prefix. */
export const findingListingSortKey = (parts: {
  readonly deleted: boolean;
  readonly released: boolean;
  readonly zeroRisk: boolean;
  readonly state?: string;
  readonly verification?: string;
}): string =>
  [
    `VULN#DELETED#${parts.deleted}#RELEASED#${parts.released}#ZR#${parts.zeroRisk}`,
    ...(parts.state !== undefined ? [`STATE#${parts.state.toLowerCase()}`] : []),
    ...(parts.state !== undefined && parts.verification !== undefined ? [`VERIF#${parts.verification.toLowerCase()}`] : []),
  ].join('#');
