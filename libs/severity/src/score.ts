import { scoreCvss31 } from './cvss31/score';
import { Cvss40Nomenclature, scoreCvss40 } from './cvss40/score';
import { QualitativeRating, qualitativeRating } from './rating';
import { formatVector, ParsedVector, parseVector } from './vector';

export interface Cvss31Result {
  readonly version: '3.1';
  /** The vector in canonical form. */
  readonly vector: string;
  readonly base: number;
  readonly temporal: number;
  readonly environmental: number;
  /** What policies and indicators use: the temporal score, as in the original. */
  readonly severityScore: number;
  /** The qualitative rating of `severityScore`. */
  readonly rating: QualitativeRating;
}

export interface Cvss40Result {
  readonly version: '4.0';
  /** The vector in canonical form. */
  readonly vector: string;
  /** CVSS-B: the base metrics alone. */
  readonly base: number;
  /** CVSS-BT: base and threat metrics. */
  readonly threat: number;
  /** Every metric of the vector (what FIRST's calculator shows for it), labelled by `nomenclature`. */
  readonly environmental: number;
  readonly nomenclature: Cvss40Nomenclature;
  /** What policies and indicators use: the score with threat metrics (CVSS-BT). */
  readonly severityScore: number;
  /** The qualitative rating of `severityScore`. */
  readonly rating: QualitativeRating;
}

export type SeverityResult = Cvss31Result | Cvss40Result;

/** Scores a CVSS 3.1 or 4.0 vector (a string is validated first and may throw InvalidVectorError). */
export const score = (vector: string | ParsedVector): SeverityResult => {
  const parsed = typeof vector === 'string' ? parseVector(vector) : vector;
  const canonical = formatVector(parsed);
  if (parsed.version === '3.1') {
    const scores = scoreCvss31(parsed.metrics);
    return {
      version: '3.1',
      vector: canonical,
      ...scores,
      severityScore: scores.temporal,
      rating: qualitativeRating(scores.temporal),
    };
  }
  const scores = scoreCvss40(parsed.metrics);
  return {
    version: '4.0',
    vector: canonical,
    ...scores,
    severityScore: scores.threat,
    rating: qualitativeRating(scores.threat),
  };
};
