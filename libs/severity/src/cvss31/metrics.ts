import type { MetricValues } from '../vector/metric-table';

export const CVSS31_PREFIX = 'CVSS:3.1';

/** CVSS v3.1 metrics in the specification's vector-string order (section 6), values as section 2-4 list them. */
export const CVSS31_METRICS = {
  AV: { group: 'base', values: ['N', 'A', 'L', 'P'] },
  AC: { group: 'base', values: ['L', 'H'] },
  PR: { group: 'base', values: ['N', 'L', 'H'] },
  UI: { group: 'base', values: ['N', 'R'] },
  S: { group: 'base', values: ['U', 'C'] },
  C: { group: 'base', values: ['H', 'L', 'N'] },
  I: { group: 'base', values: ['H', 'L', 'N'] },
  A: { group: 'base', values: ['H', 'L', 'N'] },
  E: { group: 'temporal', values: ['X', 'H', 'F', 'P', 'U'] },
  RL: { group: 'temporal', values: ['X', 'U', 'W', 'T', 'O'] },
  RC: { group: 'temporal', values: ['X', 'C', 'R', 'U'] },
  CR: { group: 'environmental', values: ['X', 'H', 'M', 'L'] },
  IR: { group: 'environmental', values: ['X', 'H', 'M', 'L'] },
  AR: { group: 'environmental', values: ['X', 'H', 'M', 'L'] },
  MAV: { group: 'environmental', values: ['X', 'N', 'A', 'L', 'P'] },
  MAC: { group: 'environmental', values: ['X', 'L', 'H'] },
  MPR: { group: 'environmental', values: ['X', 'N', 'L', 'H'] },
  MUI: { group: 'environmental', values: ['X', 'N', 'R'] },
  MS: { group: 'environmental', values: ['X', 'U', 'C'] },
  MC: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
  MI: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
  MA: { group: 'environmental', values: ['X', 'H', 'L', 'N'] },
} as const;

export type Cvss31MetricName = keyof typeof CVSS31_METRICS;
export type Cvss31Metrics = MetricValues<typeof CVSS31_METRICS>;
