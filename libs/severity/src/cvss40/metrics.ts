import type { MetricValues } from '../vector/metric-table';

export const CVSS40_PREFIX = 'CVSS:4.0';

/**
 * CVSS v4.0 metrics in the specification's vector-string order (section 7), values as the specification
 * lists them. MSI and MSA also allow S (Safety), which the base SI and SA do not.
 */
export const CVSS40_METRICS = {
  AV: { group: 'base', values: ['N', 'A', 'L', 'P'] },
  AC: { group: 'base', values: ['L', 'H'] },
  AT: { group: 'base', values: ['N', 'P'] },
  PR: { group: 'base', values: ['N', 'L', 'H'] },
  UI: { group: 'base', values: ['N', 'P', 'A'] },
  VC: { group: 'base', values: ['H', 'L', 'N'] },
  VI: { group: 'base', values: ['H', 'L', 'N'] },
  VA: { group: 'base', values: ['H', 'L', 'N'] },
  SC: { group: 'base', values: ['H', 'L', 'N'] },
  SI: { group: 'base', values: ['H', 'L', 'N'] },
  SA: { group: 'base', values: ['H', 'L', 'N'] },
  E: { group: 'threat', values: ['X', 'A', 'P', 'U'] },
  CR: { group: 'environmental', values: ['X', 'H', 'M', 'L'] },
  IR: { group: 'environmental', values: ['X', 'H', 'M', 'L'] },
  AR: { group: 'environmental', values: ['X', 'H', 'M', 'L'] },
  MAV: { group: 'environmental', values: ['X', 'N', 'A', 'L', 'P'] },
  MAC: { group: 'environmental', values: ['X', 'L', 'H'] },
  MAT: { group: 'environmental', values: ['X', 'N', 'P'] },
  MPR: { group: 'environmental', values: ['X', 'N', 'L', 'H'] },
  MUI: { group: 'environmental', values: ['X', 'N', 'P', 'A'] },
  MVC: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
  MVI: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
  MVA: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
  MSC: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
  MSI: { group: 'environmental', values: ['X', 'S', 'H', 'L', 'N'] },
  MSA: { group: 'environmental', values: ['X', 'S', 'H', 'L', 'N'] },
  S: { group: 'supplemental', values: ['X', 'N', 'P'] },
  AU: { group: 'supplemental', values: ['X', 'N', 'Y'] },
  R: { group: 'supplemental', values: ['X', 'A', 'U', 'I'] },
  V: { group: 'supplemental', values: ['X', 'D', 'C'] },
  RE: { group: 'supplemental', values: ['X', 'L', 'M', 'H'] },
  U: { group: 'supplemental', values: ['X', 'Clear', 'Green', 'Amber', 'Red'] },
} as const;

export type Cvss40MetricName = keyof typeof CVSS40_METRICS;
export type Cvss40Metrics = MetricValues<typeof CVSS40_METRICS>;
export type Cvss40Group = (typeof CVSS40_METRICS)[Cvss40MetricName]['group'];
