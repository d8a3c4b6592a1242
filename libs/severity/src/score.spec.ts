import { InvalidVectorError } from './invalid-vector-error';
import { score } from './score';
import { parseVector } from './vector';

describe('score', () => {
  it('gives a 3.1 vector its three scores; the severity score is the temporal one, as in the original', () => {
    // go-cvss 31/cvss31_test.go "all-defined", checked with FIRST's calculator: 7.1 / 6.7 / 9.4.
    const vector =
      'CVSS:3.1/AV:A/AC:H/PR:L/UI:N/S:C/C:H/I:L/A:L/E:F/RL:U/RC:R/CR:H/IR:M/AR:L/MAV:N/MAC:L/MPR:N/MUI:N/MS:C/MC:H/MI:H/MA:H';
    expect(score(vector)).toEqual({
      version: '3.1',
      vector,
      base: 7.1,
      temporal: 6.7,
      environmental: 9.4,
      severityScore: 6.7,
      rating: 'Medium',
    });
  });

  it('gives a 4.0 vector CVSS-B, CVSS-BT and its full score; the severity score includes threat metrics', () => {
    // FIRST v4.0 Examples: 7.7 without threat metrics, 5.2 with E:U.
    const result = score('CVSS:4.0/E:U/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N');
    expect(result).toEqual({
      version: '4.0',
      vector: 'CVSS:4.0/AV:N/AC:L/AT:P/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/E:U',
      base: 7.7,
      threat: 5.2,
      environmental: 5.2,
      nomenclature: 'CVSS-BT',
      severityScore: 5.2,
      rating: 'Medium',
    });
  });

  it('scores an already parsed vector the same as its string', () => {
    const vector = 'CVSS:4.0/AV:L/AC:L/AT:N/PR:N/UI:P/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N';
    expect(score(parseVector(vector))).toEqual(score(vector));
  });

  it('refuses an invalid vector with InvalidVectorError', () => {
    expect(() => score('CVSS:4.0/AV:N')).toThrow(InvalidVectorError);
    expect(() => score('CVSS:4.0/AV:N')).toThrow('Exception - Invalid CVSS vector: base metric AC is missing; allowed: L, H');
  });
});
