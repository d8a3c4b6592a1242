import type { Finding, SeverityScore, Vulnerability } from '@integrates/db-model';
import { InvalidVectorError, score, type Cvss31Result, type Cvss40Result, cvssf } from '@integrates/severity';
import { FindingSeverityError } from './errors';

const scored31 = (vector: string): Cvss31Result => {
  const result = score(vector);
  if (result.version !== '3.1') {
    throw new InvalidVectorError('cvssVector must be a CVSS 3.1 vector (CVSS:3.1/...)', { reason: 'unsupported-version', vector });
  }
  return result;
};

const scored40 = (vector: string): Cvss40Result => {
  const result = score(vector);
  if (result.version !== '4.0') {
    throw new InvalidVectorError('cvss4Vector must be a CVSS 4.0 vector (CVSS:4.0/...)', { reason: 'unsupported-version', vector });
  }
  return result;
};

/**
 * The stored scores of a CVSS 3.1 vector and, optionally, a CVSS 4.0 one, validated and normalised by
 * @integrates/severity. As in the original, a severity that scores 0.0 cannot describe a weakness.
 */
export const scoreVectors = (cvssVector: string, cvss4Vector?: string | null): SeverityScore => {
  const v3 = scored31(cvssVector);
  if (v3.severityScore <= 0) throw new FindingSeverityError('The CVSS 3.1 vector must score above 0.0');
  const v4 = cvss4Vector ? scored40(cvss4Vector) : undefined;
  if (v4 && v4.severityScore <= 0) throw new FindingSeverityError('The CVSS 4.0 vector must score above 0.0');
  return {
    cvssV3: v3.vector,
    baseScore: v3.base,
    temporalScore: v3.temporal,
    cvssf: cvssf(v3.severityScore),
    ...(v4 ? { cvssV4: v4.vector, baseScoreV4: v4.base, threatScoreV4: v4.threat, cvssfV4: cvssf(v4.severityScore) } : {}),
  };
};

/** A vulnerability's own severity override, else its finding's. */
export const effectiveSeverity = (vulnerability: Pick<Vulnerability, 'severityScore'>, finding: Pick<Finding, 'severityScore'>): SeverityScore =>
  vulnerability.severityScore ?? finding.severityScore;

/** The score policies and indicators use: the CVSS 3.1 temporal score, as the original. */
export const severityScoreOf = (severity: SeverityScore): number => severity.temporalScore;
