import { assertScore } from './assert-score';

const roundHalfEven = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  const floor = Math.floor(scaled);
  const fraction = scaled - floor;
  if (Math.abs(fraction - 0.5) < 1e-9) {
    return (floor % 2 === 0 ? floor : floor + 1) / factor;
  }
  return Math.round(scaled) / factor;
};

/**
 * CVSSF, the exposure weight summed into indicators: 4^(score - 4) rounded to 3 decimals. Like the
 * original's `Decimal.quantize`, a tie rounds to even (only 4^-2 = 0.0625, score 2.0, is one: 0.062).
 */
export const cvssf = (score: number): number => {
  assertScore(score);
  // For one-decimal scores, working in tenths keeps 6.1 - 4 from becoming 2.0999999999999996.
  const tenths = Math.round(score * 10);
  const exponent = Math.abs(score * 10 - tenths) < 1e-9 ? (tenths - 40) / 10 : score - 4;
  return roundHalfEven(4 ** exponent, 3);
};
