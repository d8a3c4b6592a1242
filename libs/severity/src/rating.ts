import { assertScore } from './assert-score';

/** The CVSS qualitative severity rating scale (v3.1 section 5, v4.0 section 6). */
export type QualitativeRating = 'None' | 'Low' | 'Medium' | 'High' | 'Critical';

/** The platform's severity levels: low < 4 <= medium < 7 <= high < 9 <= critical, none for 0. */
export type SeverityLevel = 'none' | 'low' | 'medium' | 'high' | 'critical';

/**
 * The band a score falls in. The original platform compared with `< 4`, `< 7` and `< 9`, which is the
 * specification's 0.1-3.9 / 4.0-6.9 / 7.0-8.9 / 9.0-10.0 scale for one-decimal scores.
 */
export const severityLevel = (score: number): SeverityLevel => {
  assertScore(score);
  if (score === 0) {
    return 'none';
  }
  if (score < 4) {
    return 'low';
  }
  if (score < 7) {
    return 'medium';
  }
  return score < 9 ? 'high' : 'critical';
};

const RATING_OF_LEVEL: Readonly<Record<SeverityLevel, QualitativeRating>> = {
  none: 'None',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const qualitativeRating = (score: number): QualitativeRating => RATING_OF_LEVEL[severityLevel(score)];
