import type { EffectiveMetrics } from './effective-metrics';
import { macroVector } from './macro-vector';
import { DistanceMetric, MAX_EQ1, MAX_EQ2, MAX_EQ3_EQ6, MAX_EQ4, MaxVectorPart, METRIC_LEVELS } from './max-severity';

const product = (lists: readonly (readonly string[])[]): string[][] =>
  lists.reduce<string[][]>((combos, values) => combos.flatMap((combo) => values.map((value) => [...combo, value])), [[]]);

const dominates = (part: MaxVectorPart, m: EffectiveMetrics, metrics: readonly DistanceMetric[]): boolean =>
  metrics.every((metric) => METRIC_LEVELS[metric][m[metric]] >= METRIC_LEVELS[metric][part[metric] as string]);

const NEUTRAL: EffectiveMetrics = {
  AV: 'N', AC: 'L', AT: 'N', PR: 'N', UI: 'N', VC: 'H', VI: 'H', VA: 'H', SC: 'H', SI: 'H', SA: 'H', E: 'A', CR: 'H', IR: 'H', AR: 'H',
};

// Scoring picks, per equivalence class, the first highest-severity part that is at least as severe as
// the scored vector in every metric. These checks show one always exists, for every combination of values.
describe('CVSS v4.0 highest-severity vectors', () => {
  const cases: readonly (readonly [string, readonly DistanceMetric[], (m: EffectiveMetrics) => readonly MaxVectorPart[]])[] = [
    ['EQ1', ['AV', 'PR', 'UI'], (m) => MAX_EQ1[macroVector(m).eq1]],
    ['EQ2', ['AC', 'AT'], (m) => MAX_EQ2[macroVector(m).eq2]],
    ['EQ3+EQ6', ['VC', 'VI', 'VA', 'CR', 'IR', 'AR'], (m) => MAX_EQ3_EQ6[`${macroVector(m).eq3}${macroVector(m).eq6}`]],
    ['EQ4', ['SC', 'SI', 'SA'], (m) => MAX_EQ4[macroVector(m).eq4]],
  ];

  it.each(cases)('%s: every combination of values has one at least as severe', (_name, metrics, partsOf) => {
    const combinations = product(metrics.map((metric) => Object.keys(METRIC_LEVELS[metric])));
    for (const values of combinations) {
      const m: EffectiveMetrics = { ...NEUTRAL, ...Object.fromEntries(metrics.map((metric, i) => [metric, values[i]])) };
      expect(partsOf(m).some((part) => dominates(part, m, metrics))).toBe(true);
    }
  });
});
