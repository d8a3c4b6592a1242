/**
 * Data of CVSS v4.0 scoring (specification section 8.2, FIRST's reference calculator max_composed.js and
 * max_severity.js): for each equivalence-class level, the highest-severity metric values of its macro
 * vector, and the depth of that level (its maximal severity distance plus one, in steps of 0.1).
 */

/** The metrics whose severity distance to the highest-severity vector is measured. */
export type DistanceMetric = 'AV' | 'PR' | 'UI' | 'AC' | 'AT' | 'VC' | 'VI' | 'VA' | 'SC' | 'SI' | 'SA' | 'CR' | 'IR' | 'AR';

/** A highest-severity vector, or the part of one that an equivalence class fixes. */
export type MaxVectorPart = Readonly<Partial<Record<DistanceMetric, string>>>;

/** Severity level of each value, in steps of 0.1: 0 is the most severe. */
export const METRIC_LEVELS: Readonly<Record<DistanceMetric, Readonly<Record<string, number>>>> = {
  AV: { N: 0.0, A: 0.1, L: 0.2, P: 0.3 },
  PR: { N: 0.0, L: 0.1, H: 0.2 },
  UI: { N: 0.0, P: 0.1, A: 0.2 },
  AC: { L: 0.0, H: 0.1 },
  AT: { N: 0.0, P: 0.1 },
  VC: { H: 0.0, L: 0.1, N: 0.2 },
  VI: { H: 0.0, L: 0.1, N: 0.2 },
  VA: { H: 0.0, L: 0.1, N: 0.2 },
  SC: { H: 0.1, L: 0.2, N: 0.3 },
  SI: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
  SA: { S: 0.0, H: 0.1, L: 0.2, N: 0.3 },
  CR: { H: 0.0, M: 0.1, L: 0.2 },
  IR: { H: 0.0, M: 0.1, L: 0.2 },
  AR: { H: 0.0, M: 0.1, L: 0.2 },
};

export const MAX_EQ1: Readonly<Record<number, readonly MaxVectorPart[]>> = {
  0: [{ AV: 'N', PR: 'N', UI: 'N' }],
  1: [
    { AV: 'A', PR: 'N', UI: 'N' },
    { AV: 'N', PR: 'L', UI: 'N' },
    { AV: 'N', PR: 'N', UI: 'P' },
  ],
  2: [
    { AV: 'P', PR: 'N', UI: 'N' },
    { AV: 'A', PR: 'L', UI: 'P' },
  ],
};

export const MAX_EQ2: Readonly<Record<number, readonly MaxVectorPart[]>> = {
  0: [{ AC: 'L', AT: 'N' }],
  1: [
    { AC: 'H', AT: 'N' },
    { AC: 'L', AT: 'P' },
  ],
};

/** EQ3 and EQ6 are scored jointly: keyed by `${eq3}${eq6}`. */
export const MAX_EQ3_EQ6: Readonly<Record<string, readonly MaxVectorPart[]>> = {
  '00': [{ VC: 'H', VI: 'H', VA: 'H', CR: 'H', IR: 'H', AR: 'H' }],
  '01': [
    { VC: 'H', VI: 'H', VA: 'L', CR: 'M', IR: 'M', AR: 'H' },
    { VC: 'H', VI: 'H', VA: 'H', CR: 'M', IR: 'M', AR: 'M' },
  ],
  '10': [
    { VC: 'L', VI: 'H', VA: 'H', CR: 'H', IR: 'H', AR: 'H' },
    { VC: 'H', VI: 'L', VA: 'H', CR: 'H', IR: 'H', AR: 'H' },
  ],
  '11': [
    { VC: 'L', VI: 'H', VA: 'L', CR: 'H', IR: 'M', AR: 'H' },
    { VC: 'L', VI: 'H', VA: 'H', CR: 'H', IR: 'M', AR: 'M' },
    { VC: 'H', VI: 'L', VA: 'H', CR: 'M', IR: 'H', AR: 'M' },
    { VC: 'H', VI: 'L', VA: 'L', CR: 'M', IR: 'H', AR: 'H' },
    { VC: 'L', VI: 'L', VA: 'H', CR: 'H', IR: 'H', AR: 'M' },
  ],
  '21': [{ VC: 'L', VI: 'L', VA: 'L', CR: 'H', IR: 'H', AR: 'H' }],
};

export const MAX_EQ4: Readonly<Record<number, readonly MaxVectorPart[]>> = {
  0: [{ SC: 'H', SI: 'S', SA: 'S' }],
  1: [{ SC: 'H', SI: 'H', SA: 'H' }],
  2: [{ SC: 'L', SI: 'L', SA: 'L' }],
};

/** Depth of each level, in severity-distance steps (the reference calculator multiplies it by 0.1). */
export const DEPTH_EQ1: Readonly<Record<number, number>> = { 0: 1, 1: 4, 2: 5 };
export const DEPTH_EQ2: Readonly<Record<number, number>> = { 0: 1, 1: 2 };
export const DEPTH_EQ3_EQ6: Readonly<Record<string, number>> = { '00': 7, '01': 6, '10': 8, '11': 8, '21': 10 };
export const DEPTH_EQ4: Readonly<Record<number, number>> = { 0: 6, 1: 5, 2: 4 };
