import { IntegratesError } from '@integrates/errors';

/** Why a vector string was refused; clients may branch on it through `details.reason`. */
export type InvalidVectorReason =
  | 'not-a-string'
  | 'unsupported-version'
  | 'malformed-component'
  | 'unknown-metric'
  | 'invalid-value'
  | 'duplicate-metric'
  | 'missing-metric';

// A type alias, not an interface, so that it is assignable to IntegratesError's details record.
export type InvalidVectorDetails = {
  readonly reason: InvalidVectorReason;
  readonly vector: string;
  readonly metric?: string;
  readonly value?: string;
  readonly allowed?: readonly string[];
};

/**
 * A CVSS vector string that is not valid for its version. The message names what was wrong (the
 * metric, the value, what is allowed) so a client can fix its input without reading the specification.
 */
export class InvalidVectorError extends IntegratesError {
  override readonly details: InvalidVectorDetails;

  constructor(problem: string, details: InvalidVectorDetails) {
    super('INVALID_CVSS_VECTOR', `Exception - Invalid CVSS vector: ${problem}`, details);
    this.details = details;
  }
}
