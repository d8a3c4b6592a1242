import fc from 'fast-check';
import { CVSS31_METRICS } from './cvss31/metrics';
import { CVSS40_METRICS } from './cvss40/metrics';
import { score } from './score';
import { MetricTable } from './vector/metric-table';
import { formatVector, parseVector } from './vector';

type Pair = readonly [metric: string, value: string];

/** Any valid vector of a table: every base metric, any subset of the others (X included), in any order. */
const vectorOf = (prefix: string, table: MetricTable, overrides: Readonly<Record<string, readonly string[]>> = {}) =>
  fc
    .tuple(
      ...Object.entries(table).map(([metric, definition]) => {
        const value = fc.constantFrom(...(overrides[metric] ?? definition.values)).map((v): Pair => [metric, v]);
        return definition.group === 'base' ? value : fc.option(value, { nil: undefined });
      }),
    )
    .chain((pairs) => {
      const present = pairs.filter((pair): pair is Pair => pair !== undefined);
      return fc.shuffledSubarray(present, { minLength: present.length, maxLength: present.length });
    })
    .map((pairs) => `${prefix}/${pairs.map(([metric, value]) => `${metric}:${value}`).join('/')}`);

const anyVector = fc.oneof(vectorOf('CVSS:3.1', CVSS31_METRICS), vectorOf('CVSS:4.0', CVSS40_METRICS));

const hasOneDecimal = (value: number): boolean => value === Math.round(value * 10) / 10;
const onScale = (value: number): boolean => value >= 0 && value <= 10 && hasOneDecimal(value);

describe('properties of every valid vector (fast-check)', () => {
  it('format then parse gives the same parsed vector, and formatting is canonical', () => {
    fc.assert(
      fc.property(anyVector, (vector) => {
        const parsed = parseVector(vector);
        const printed = formatVector(parsed);
        expect(parseVector(printed)).toEqual(parsed);
        expect(formatVector(parseVector(printed))).toBe(printed);
      }),
      { numRuns: 2000 },
    );
  });

  it('every score is within 0.0-10.0 with one decimal', () => {
    fc.assert(
      fc.property(anyVector, (vector) => {
        const result = score(vector);
        const scores =
          result.version === '3.1'
            ? [result.base, result.temporal, result.environmental]
            : [result.base, result.threat, result.environmental];
        expect(scores.every(onScale)).toBe(true);
        expect(onScale(result.severityScore)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('a 3.1 vector with C:N/I:N/A:N scores 0.0 (and 0.0 environmental unless modified impacts add some)', () => {
    const noImpact = vectorOf('CVSS:3.1', CVSS31_METRICS, { C: ['N'], I: ['N'], A: ['N'], MC: ['X', 'N'], MI: ['X', 'N'], MA: ['X', 'N'] });
    fc.assert(
      fc.property(noImpact, (vector) => {
        const result = score(vector);
        expect(result).toMatchObject({ base: 0, temporal: 0, environmental: 0, severityScore: 0, rating: 'None' });
      }),
      { numRuns: 500 },
    );
  });

  it('a 4.0 vector without impact on any system scores 0.0', () => {
    const none = { VC: ['N'], VI: ['N'], VA: ['N'], SC: ['N'], SI: ['N'], SA: ['N'] };
    const modifiedNone = { MVC: ['X', 'N'], MVI: ['X', 'N'], MVA: ['X', 'N'], MSC: ['X', 'N'], MSI: ['X', 'N'], MSA: ['X', 'N'] };
    fc.assert(
      fc.property(vectorOf('CVSS:4.0', CVSS40_METRICS, { ...none, ...modifiedNone }), (vector) => {
        expect(score(vector)).toMatchObject({ base: 0, threat: 0, environmental: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('the order of the metrics never changes the result', () => {
    fc.assert(
      fc.property(anyVector, (vector) => {
        const [prefix, ...components] = vector.split('/');
        const reversed = [prefix, ...components.reverse()].join('/');
        expect(score(reversed)).toEqual(score(vector));
      }),
      { numRuns: 500 },
    );
  });
});
