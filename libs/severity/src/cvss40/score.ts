import { NOT_DEFINED } from '../vector/metric-table';
import { EffectiveMetrics, effectiveMetrics, ScoredGroups } from './effective-metrics';
import { MACRO_VECTOR_SCORES } from './macro-vector-scores';
import { MacroVector, macroVector, macroVectorKey } from './macro-vector';
import {
  DEPTH_EQ1,
  DEPTH_EQ2,
  DEPTH_EQ3_EQ6,
  DEPTH_EQ4,
  DistanceMetric,
  MAX_EQ1,
  MAX_EQ2,
  MAX_EQ3_EQ6,
  MAX_EQ4,
  MaxVectorPart,
  METRIC_LEVELS,
} from './max-severity';
import { CVSS40_METRICS, Cvss40Group, Cvss40Metrics, Cvss40MetricName } from './metrics';

export type Cvss40Nomenclature = 'CVSS-B' | 'CVSS-BT' | 'CVSS-BE' | 'CVSS-BTE';

export interface Cvss40Scores {
  /** CVSS-B: base metrics only. */
  readonly base: number;
  /** CVSS-BT: base and threat metrics, environmental metrics ignored. */
  readonly threat: number;
  /** Every metric of the vector: the score FIRST's calculator shows for it, labelled by `nomenclature`. */
  readonly environmental: number;
  readonly nomenclature: Cvss40Nomenclature;
}

const STEP = 0.1;
// Lifts values that land one floating-point step below an x.x5 tie so they round half up, as FIRST's
// and Red Hat's reference calculators do since their 2024 rounding fix.
const ROUNDING_EPSILON = 1e-6;

const EQ1_METRICS: readonly DistanceMetric[] = ['AV', 'PR', 'UI'];
const EQ2_METRICS: readonly DistanceMetric[] = ['AC', 'AT'];
const EQ3_EQ6_METRICS: readonly DistanceMetric[] = ['VC', 'VI', 'VA', 'CR', 'IR', 'AR'];
const EQ4_METRICS: readonly DistanceMetric[] = ['SC', 'SI', 'SA'];
const IMPACT_METRICS: readonly DistanceMetric[] = ['VC', 'VI', 'VA', 'SC', 'SI', 'SA'];

const lookup = (key: string): number | undefined => MACRO_VECTOR_SCORES[key];

const keyOf = (eq1: number, eq2: number, eq3: number, eq4: number, eq5: number, eq6: number): string =>
  `${eq1}${eq2}${eq3}${eq4}${eq5}${eq6}`;

const distances = (m: EffectiveMetrics, part: MaxVectorPart, metrics: readonly DistanceMetric[]): number[] =>
  metrics.map((metric) => METRIC_LEVELS[metric][m[metric]] - METRIC_LEVELS[metric][part[metric] ?? m[metric]]);

/**
 * The severity distance, summed over an equivalence class's metrics, from the first highest-severity
 * vector that is at least as severe as the scored one in every metric. Each class's metrics are
 * independent and every vector has such a part in every class (max-severity.spec.ts checks all value
 * combinations), so choosing per class gives the vector the reference finds by searching their combinations.
 */
const severityDistance = (
  m: EffectiveMetrics,
  parts: readonly MaxVectorPart[],
  metrics: readonly DistanceMetric[],
): number => {
  let chosen: number[] = [];
  for (const part of parts) {
    chosen = distances(m, part, metrics);
    if (chosen.every((distance) => distance >= 0)) {
      break;
    }
  }
  // Summed left to right, as the reference does, so that floating-point results agree with it.
  return chosen.reduce((sum, distance) => sum + distance, 0);
};

/** The score of the next lower macro vector EQ3 and EQ6 move to together (the higher of two when both can move). */
const eq3Eq6LowerScore = (mv: MacroVector): number | undefined => {
  const { eq1, eq2, eq3, eq4, eq5, eq6 } = mv;
  if (eq3 === 0 && eq6 === 0) {
    const left = lookup(keyOf(eq1, eq2, eq3, eq4, eq5, eq6 + 1));
    const right = lookup(keyOf(eq1, eq2, eq3 + 1, eq4, eq5, eq6));
    return left === undefined || right === undefined ? undefined : Math.max(left, right);
  }
  if (eq3 === 1 && eq6 === 0) {
    return lookup(keyOf(eq1, eq2, eq3, eq4, eq5, eq6 + 1));
  }
  if (eq3 === 2) {
    return undefined;
  }
  return lookup(keyOf(eq1, eq2, eq3 + 1, eq4, eq5, eq6));
};

interface Proportion {
  readonly lowerScore: number | undefined;
  readonly distance: number;
  readonly depth: number;
}

/** The CVSS v4.0 score of a vector, as FIRST's reference calculator computes it (cvss_score). */
const scoreOf = (metrics: Cvss40Metrics, groups: ScoredGroups): number => {
  const m = effectiveMetrics(metrics, groups);
  if (IMPACT_METRICS.every((metric) => m[metric] === 'N')) {
    return 0;
  }
  const mv = macroVector(m);
  const { eq1, eq2, eq3, eq4, eq5, eq6 } = mv;
  const eq3Eq6 = `${eq3}${eq6}`;
  // Every macro vector a valid vector maps to is in the table.
  const value = lookup(macroVectorKey(mv)) as number;

  const proportions: readonly Proportion[] = [
    {
      lowerScore: lookup(keyOf(eq1 + 1, eq2, eq3, eq4, eq5, eq6)),
      distance: severityDistance(m, MAX_EQ1[eq1], EQ1_METRICS),
      depth: DEPTH_EQ1[eq1],
    },
    {
      lowerScore: lookup(keyOf(eq1, eq2 + 1, eq3, eq4, eq5, eq6)),
      distance: severityDistance(m, MAX_EQ2[eq2], EQ2_METRICS),
      depth: DEPTH_EQ2[eq2],
    },
    {
      lowerScore: eq3Eq6LowerScore(mv),
      distance: severityDistance(m, MAX_EQ3_EQ6[eq3Eq6], EQ3_EQ6_METRICS),
      depth: DEPTH_EQ3_EQ6[eq3Eq6],
    },
    {
      lowerScore: lookup(keyOf(eq1, eq2, eq3, eq4 + 1, eq5, eq6)),
      distance: severityDistance(m, MAX_EQ4[eq4], EQ4_METRICS),
      depth: DEPTH_EQ4[eq4],
    },
    // EQ5 (exploit maturity) has a single value per level, so its distance is always 0.
    { lowerScore: lookup(keyOf(eq1, eq2, eq3, eq4, eq5 + 1, eq6)), distance: 0, depth: 1 },
  ];

  let existingLower = 0;
  let normalizedSum = 0;
  for (const { lowerScore, distance, depth } of proportions) {
    if (lowerScore !== undefined) {
      existingLower += 1;
      normalizedSum += (value - lowerScore) * (distance / (depth * STEP));
    }
  }
  const meanDistance = existingLower === 0 ? 0 : normalizedSum / existingLower;
  const clamped = Math.max(0, Math.min(10, value - meanDistance));
  return Math.round((clamped + ROUNDING_EPSILON) * 10) / 10;
};

const NAMES = Object.keys(CVSS40_METRICS) as Cvss40MetricName[];
const namesOf = (group: Cvss40Group): readonly Cvss40MetricName[] =>
  NAMES.filter((name) => CVSS40_METRICS[name].group === group);
const THREAT = namesOf('threat');
const ENVIRONMENTAL = namesOf('environmental');

const isAnyDefined = (metrics: Cvss40Metrics, names: readonly Cvss40MetricName[]): boolean =>
  names.some((name) => metrics[name] !== NOT_DEFINED);

/** CVSS-B, CVSS-BT, CVSS-BE or CVSS-BTE: which metric groups the vector defines (specification section 1.3). */
export const nomenclature = (metrics: Cvss40Metrics): Cvss40Nomenclature => {
  const threat = isAnyDefined(metrics, THREAT) ? 'T' : '';
  const environmental = isAnyDefined(metrics, ENVIRONMENTAL) ? 'E' : '';
  return `CVSS-B${threat}${environmental}` as Cvss40Nomenclature;
};

export const scoreCvss40 = (metrics: Cvss40Metrics): Cvss40Scores => ({
  base: scoreOf(metrics, { threat: false, environmental: false }),
  threat: scoreOf(metrics, { threat: true, environmental: false }),
  environmental: scoreOf(metrics, { threat: true, environmental: true }),
  nomenclature: nomenclature(metrics),
});
