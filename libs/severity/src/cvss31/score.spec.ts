import { FIRST_CVSS31_EXAMPLES, REDHAT_VECTORS_SIMPLE31 } from '../__fixtures__/cvss31-reference';
import { referenceLines } from '../__fixtures__/reference-lines';
import { parseCvss31 } from './parse';
import { roundup } from './roundup';
import { scoreCvss31 } from './score';

const scoresOf = (vector: string) => scoreCvss31(parseCvss31(vector));

describe('CVSS v3.1 Roundup (specification Appendix A)', () => {
  it('rounds up to one decimal', () => {
    expect(roundup(4.02)).toBe(4.1);
    expect(roundup(4.0)).toBe(4.0);
    expect(roundup(0)).toBe(0);
    expect(roundup(9.99)).toBe(10);
  });

  it('does not round floating-point noise up a whole tenth', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; a naive ceil would give 0.4.
    expect(roundup(0.1 + 0.2)).toBe(0.3);
    expect(roundup(4.000000000000001)).toBe(4.0);
  });
});

describe('CVSS v3.1 scores', () => {
  describe("FIRST's calculator, as recorded in Red Hat's cvss tests/vectors_simple31", () => {
    it.each(referenceLines(REDHAT_VECTORS_SIMPLE31))('%s', (vector, [base, temporal, environmental]) => {
      expect(scoresOf(vector)).toEqual({ base, temporal, environmental });
    });
  });

  describe('the CVSS v3.1 Examples document (first.org/cvss/v3.1/examples)', () => {
    it.each(FIRST_CVSS31_EXAMPLES)('%s: %s = %d', (_cve, vector, base) => {
      expect(scoresOf(vector).base).toBe(base);
    });
  });

  it('scores temporal and environmental metrics (go-cvss 31/cvss31_test.go "all-defined", checked with FIRST\'s calculator)', () => {
    expect(
      scoresOf(
        'CVSS:3.1/AV:A/AC:H/PR:L/UI:N/S:C/C:H/I:L/A:L/E:F/RL:U/RC:R/CR:H/IR:M/AR:L/MAV:N/MAC:L/MPR:N/MUI:N/MS:C/MC:H/MI:H/MA:H',
      ),
    ).toEqual({ base: 7.1, temporal: 6.7, environmental: 9.4 });
  });

  it('applies the temporal multipliers with Roundup (cvss-rs tests: 9.8 x 0.94 x 0.95 = 8.75 -> 8.8)', () => {
    expect(scoresOf('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:P/RL:O/RC:C')).toEqual({
      base: 9.8,
      temporal: 8.8,
      environmental: 8.8,
    });
  });

  it('treats explicit X like an absent metric (cvss-rs tests, issue scm-rs/cvss-rs#9)', () => {
    const explicit = scoresOf('CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H/MAV:A/MAC:L/MPR:N/MUI:X/MS:U/CR:L/IR:H/AR:X');
    const implicit = scoresOf('CVSS:3.1/AV:L/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H/MAV:A/MAC:L/MPR:N/MS:U/CR:L/IR:H');
    expect(explicit).toEqual({ base: 7.8, temporal: 7.8, environmental: 8.0 });
    expect(implicit).toEqual(explicit);
  });

  it('lowers the environmental score with low requirements and a physical modified vector (Red Hat cvss test_json_schema_severities: High, Medium, Low)', () => {
    expect(scoresOf('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:L/I:L/A:L/E:P/CR:L/IR:L/AR:L/MAV:P')).toEqual({
      base: 7.3,
      temporal: 6.9,
      environmental: 2.8,
    });
  });

  it('caps the modified impact at 0.915 (cvss-rs tests: CR/IR/AR High keep 9.8)', () => {
    expect(scoresOf('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/CR:H/IR:H/AR:H').environmental).toBe(9.8);
  });

  it('scores a modified scope like the base scope it replaces', () => {
    // MS:C on an S:U vector must weigh MPR:L as 0.68 and apply the scope-changed formula: the same
    // environmental score FIRST's calculator gives PR:L/S:C/C:H/I:H/A:H (10.0 in vectors_simple31).
    const modified = scoresOf('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H/MS:C');
    expect(modified.base).toBe(8.8);
    expect(modified.environmental).toBe(10);
    expect(modified.environmental).toBe(scoresOf('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H').environmental);
  });

  it('scores 0.0 without impact, whatever the other metrics', () => {
    expect(scoresOf('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:N/I:N/A:N/E:H/RL:U/RC:C')).toEqual({
      base: 0,
      temporal: 0,
      environmental: 0,
    });
  });
});
