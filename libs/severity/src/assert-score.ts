import { InvalidInputError } from '@integrates/errors';

/** Severity scores live on the CVSS scale, 0.0 to 10.0. */
export const assertScore = (score: number): void => {
  if (!Number.isFinite(score) || score < 0 || score > 10) {
    throw new InvalidInputError(`Exception - Invalid severity score: ${score}; allowed: a number from 0.0 to 10.0`, {
      score,
    });
  }
};
