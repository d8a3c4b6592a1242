import { InvalidInputError } from '@integrates/errors';
import { ORIGINAL_CVSSF } from './__fixtures__/cvssf-original';
import { cvssf } from './cvssf';
import { qualitativeRating, severityLevel } from './rating';

describe('severityLevel: low < 4 <= medium < 7 <= high < 9 <= critical, none for 0', () => {
  it.each([
    [0, 'none'],
    [0.1, 'low'],
    [3.9, 'low'],
    [4, 'medium'],
    [6.9, 'medium'],
    [7, 'high'],
    [8.9, 'high'],
    [9, 'critical'],
    [10, 'critical'],
  ])('%d is %s', (value, level) => {
    expect(severityLevel(value)).toBe(level);
  });

  it('matches the qualitative rating of the specifications for every one-decimal score', () => {
    for (let tenths = 0; tenths <= 100; tenths += 1) {
      expect(qualitativeRating(tenths / 10).toLowerCase()).toBe(severityLevel(tenths / 10));
    }
  });

  it.each([-0.1, 10.1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d, naming the allowed range', (value) => {
    expect(() => severityLevel(value)).toThrow(InvalidInputError);
    expect(() => severityLevel(value)).toThrow(
      `Exception - Invalid severity score: ${value}; allowed: a number from 0.0 to 10.0`,
    );
  });
});

describe('cvssf = 4^(score - 4) rounded to 3 decimals', () => {
  it('equals the original Decimal computation for every one-decimal score', () => {
    expect(ORIGINAL_CVSSF).toHaveLength(101);
    for (const [value, expected] of ORIGINAL_CVSSF) {
      expect(cvssf(value)).toBe(expected);
    }
  });

  it('weighs a critical finding thousands of times a low one', () => {
    expect(cvssf(4)).toBe(1);
    expect(cvssf(10)).toBe(4096);
    expect(cvssf(2)).toBe(0.062);
  });

  it('refuses a score off the scale', () => {
    expect(() => cvssf(11)).toThrow('Exception - Invalid severity score: 11; allowed: a number from 0.0 to 10.0');
  });
});
