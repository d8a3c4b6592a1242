import { InvalidVectorError } from './invalid-vector-error';
import { CVSS31_PREFIX, Cvss31Metrics } from './cvss31/metrics';
import { formatCvss31, parseCvss31 } from './cvss31/parse';
import { CVSS40_PREFIX, Cvss40Metrics } from './cvss40/metrics';
import { formatCvss40, parseCvss40 } from './cvss40/parse';

export type CvssVersion = '3.1' | '4.0';

export interface ParsedCvss31 {
  readonly version: '3.1';
  readonly metrics: Cvss31Metrics;
}

export interface ParsedCvss40 {
  readonly version: '4.0';
  readonly metrics: Cvss40Metrics;
}

/** A validated vector: every metric of its version present, `X` where the vector left it Not Defined. */
export type ParsedVector = ParsedCvss31 | ParsedCvss40;

/**
 * Validates a CVSS 3.1 or 4.0 vector string. Throws InvalidVectorError (code INVALID_CVSS_VECTOR) naming
 * the wrong prefix, the malformed component, the unknown, repeated or missing metric, or the bad value
 * together with what is allowed.
 */
export const parseVector = (vector: unknown): ParsedVector => {
  if (typeof vector !== 'string') {
    throw new InvalidVectorError(`expected a string starting with ${CVSS31_PREFIX}/ or ${CVSS40_PREFIX}/`, {
      reason: 'not-a-string',
      vector: String(vector),
    });
  }
  if (vector.startsWith(`${CVSS31_PREFIX}/`)) {
    return { version: '3.1', metrics: parseCvss31(vector) };
  }
  if (vector.startsWith(`${CVSS40_PREFIX}/`)) {
    return { version: '4.0', metrics: parseCvss40(vector) };
  }
  const prefix = vector.split('/', 1)[0];
  throw new InvalidVectorError(
    `unsupported version prefix "${prefix}"; allowed: ${CVSS31_PREFIX}/, ${CVSS40_PREFIX}/`,
    { reason: 'unsupported-version', vector, allowed: [CVSS31_PREFIX, CVSS40_PREFIX] },
  );
};

/** The canonical string of a parsed vector: specification order, Not Defined metrics left out. */
export const formatVector = (parsed: ParsedVector): string =>
  parsed.version === '3.1' ? formatCvss31(parsed.metrics) : formatCvss40(parsed.metrics);

/** Validates a vector and returns its canonical form, the form worth storing and comparing. */
export const normalizeVector = (vector: string): string => formatVector(parseVector(vector));
