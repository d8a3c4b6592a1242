import { FindingFieldLengthError } from './errors';

/** Text a person writes: trimmed, with its length checked (a clear error names the field). */
export const validText = (field: string, value: string, min: number, max: number): string => {
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) throw new FindingFieldLengthError(field, min, max);
  return trimmed;
};

/** Limits for the finding's descriptive texts. */
export const TEXT_LIMIT = 5000;
/** Limits for justifications of state changes. */
export const JUSTIFICATION_MIN = 10;
export const JUSTIFICATION_MAX = 10000;

export const validJustification = (value: string, min: number = JUSTIFICATION_MIN): string =>
  validText('justification', value, min, JUSTIFICATION_MAX);
