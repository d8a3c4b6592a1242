import { CALCULATOR_CHECKED_CVSS40, FIRST_CVSS40_EXAMPLES } from '../__fixtures__/cvss40-first-examples';
import {
  REDHAT_VECTORS_SIMPLE4,
  REDHAT_VECTORS_THREAT_SECURITY_SUPPLEMENTAL4,
} from '../__fixtures__/cvss40-redhat-simple';
import { referenceLines } from '../__fixtures__/reference-lines';
import { effectiveMetrics } from './effective-metrics';
import { MACRO_VECTOR_SCORES } from './macro-vector-scores';
import { macroVector, macroVectorKey } from './macro-vector';
import { MAX_EQ1, MAX_EQ2, MAX_EQ3_EQ6, MAX_EQ4 } from './max-severity';
import { parseCvss40 } from './parse';
import { scoreCvss40 } from './score';

const scoresOf = (vector: string) => scoreCvss40(parseCvss40(vector));

describe('CVSS v4.0 score', () => {
  it.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3],
    ['CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 8.5],
  ])("FIRST's calculator: %s = %d", (vector, expected) => {
    expect(scoresOf(vector).environmental).toBe(expected);
  });

  describe('the CVSS v4.0 Examples document (first.org/cvss/v4.0/examples)', () => {
    it.each(FIRST_CVSS40_EXAMPLES)('%s = %d', (vector, expected) => {
      expect(scoresOf(vector).environmental).toBe(expected);
    });
  });

  describe("vectors checked against FIRST's calculator by other implementations", () => {
    it.each(CALCULATOR_CHECKED_CVSS40)('%s: %s = %d', (_source, vector, expected) => {
      expect(scoresOf(vector).environmental).toBe(expected);
    });
  });

  describe("Red Hat's cvss tests/vectors_simple4 (base vectors across the lookup table)", () => {
    it.each(referenceLines(REDHAT_VECTORS_SIMPLE4))('%s', (vector, [expected]) => {
      expect(scoresOf(vector).environmental).toBe(expected);
    });
  });

  describe("Red Hat's cvss tests/vectors_threat4, vectors_security4 and vectors_supplemental4", () => {
    it.each(referenceLines(REDHAT_VECTORS_THREAT_SECURITY_SUPPLEMENTAL4))('%s', (vector, [expected]) => {
      expect(scoresOf(vector).environmental).toBe(expected);
    });
  });

  it('rounds an x.x5 that floating point lands just below half up (Red Hat vectors_simple4: 5.0, not 4.9)', () => {
    expect(scoresOf('CVSS:4.0/AV:L/AC:L/AT:P/PR:N/UI:A/VC:N/VI:N/VA:L/SC:H/SI:H/SA:H').environmental).toBe(5.0);
  });

  it('scores base, base + threat and every metric separately, and names them', () => {
    // FIRST v4.0 Examples: this CVSS-BTE example scores 8.7 as a whole.
    const vector =
      'CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MAV:N/MAC:H/MAT:N/MPR:L/MUI:N/MVC:H/MVI:H/MVA:H/MSC:H/MSI:S/MSA:H/CR:M/IR:H/AR:M/E:P';
    const scores = scoresOf(vector);
    expect(scores.environmental).toBe(8.7);
    expect(scores.base).toBe(scoresOf('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H').environmental);
    expect(scores.threat).toBe(scoresOf('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/E:P').environmental);
    expect(scores.nomenclature).toBe('CVSS-BTE');
  });

  it.each([
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 'CVSS-B'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:P/U:Red', 'CVSS-B'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:A', 'CVSS-BT'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:X/CR:X', 'CVSS-B'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/MSI:S', 'CVSS-BE'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U/AR:L', 'CVSS-BTE'],
  ])('names %s %s (specification section 1.3)', (vector, expected) => {
    expect(scoresOf(vector).nomenclature).toBe(expected);
  });

  it('scores 0.0 when no vulnerable or subsequent system is impacted, even through modified metrics', () => {
    expect(scoresOf('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:N/VI:N/VA:N/SC:N/SI:N/SA:N').environmental).toBe(0);
    expect(
      scoresOf('CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H/MVC:N/MVI:N/MVA:N/MSC:N/MSI:N/MSA:N')
        .environmental,
    ).toBe(0);
  });
});

describe('CVSS v4.0 lookup table', () => {
  const EQ3_EQ6 = ['00', '01', '10', '11', '21'];
  const expectedKeys = [0, 1, 2].flatMap((eq1) =>
    [0, 1].flatMap((eq2) =>
      EQ3_EQ6.flatMap((eq3eq6) =>
        [0, 1, 2].flatMap((eq4) => [0, 1, 2].map((eq5) => `${eq1}${eq2}${eq3eq6[0]}${eq4}${eq5}${eq3eq6[1]}`)),
      ),
    ),
  );

  it('has exactly the 270 macro vectors of the specification', () => {
    expect(Object.keys(MACRO_VECTOR_SCORES).sort()).toEqual([...expectedKeys].sort());
    expect(expectedKeys).toHaveLength(270);
  });

  // The highest-severity vector of a macro vector sits at distance 0, so it must score the table value.
  // Building one per macro vector from the max-severity data checks that data, the EQ levels and the
  // table against each other.
  const E_OF_EQ5 = ['A', 'P', 'U'];
  it.each(expectedKeys)('the highest-severity vector of macro vector %s scores its table value', (key) => {
    const [eq1, eq2, eq3, eq4, eq5, eq6] = key.split('').map(Number);
    const top = {
      ...MAX_EQ1[eq1][0],
      ...MAX_EQ2[eq2][0],
      ...MAX_EQ3_EQ6[`${eq3}${eq6}`][0],
      ...MAX_EQ4[eq4][0],
    };
    const { CR, IR, AR, SI, SA, ...base } = top;
    // Safety (S) exists only as a modified metric; the base SI/SA then hold any value it overrides.
    const safety = SI === 'S' ? `/SI:H/SA:H/MSI:S/MSA:S` : `/SI:${SI}/SA:${SA}`;
    const vector = `CVSS:4.0/${Object.entries(base)
      .map(([metric, value]) => `${metric}:${value}`)
      .join('/')}${safety}/E:${E_OF_EQ5[eq5]}/CR:${CR}/IR:${IR}/AR:${AR}`;
    const metrics = parseCvss40(vector);
    expect(macroVectorKey(macroVector(effectiveMetrics(metrics)))).toBe(key);
    expect(scoreCvss40(metrics).environmental).toBe(MACRO_VECTOR_SCORES[key]);
  });
});
