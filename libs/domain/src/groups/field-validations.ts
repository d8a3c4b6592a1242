import {
  InvalidCharError,
  InvalidFieldError,
  InvalidFieldLengthError,
  InvalidSpacesFieldError,
  NumberOutOfRangeError,
  UnsanitizedInputFoundError,
} from './field-errors';

// The original's form validations (custom_utils/validations.py), as plain functions that throw.

const ALLOWED = "a-zA-Z0-9ñáéíóúäëïöüÑÁÉÍÓÚÄËÏÖÜ\\s'~:;%@&_$#=¡!¿,.*\\-?\"\\[\\]|()/{}>+";
/** Free text: letters, digits, spaces and common punctuation, not starting with `=`. */
const FREE_TEXT = new RegExp(`^[${ALLOWED.replace('=', '')}][${ALLOWED}]*$`);

const normalized = (value: string): string => value.replace(/\n/g, ' ').trim();

export const checkFreeText = (value: string | undefined): void => {
  if (value && !FREE_TEXT.test(normalized(value))) throw new InvalidCharError();
};

/** Inclusive bounds; an absent value is not checked. */
export const checkLength = (field: string, value: string | undefined, bounds: { readonly min?: number; readonly max?: number }): void => {
  if (value === undefined) return;
  if ((bounds.min !== undefined && value.length < bounds.min) || (bounds.max !== undefined && value.length > bounds.max)) {
    throw new InvalidFieldLengthError(field);
  }
};

const EMAIL = /^([a-zA-Z0-9_\-.]+)@([a-zA-Z0-9_\-.]+)\.([a-zA-Z]{2,5})$/;

/** Emails as the original accepted them (no `+` aliases), compared in lowercase. */
export const normalizeEmail = (value: string): string => {
  const email = value.trim().toLowerCase();
  if (email.includes('+') || !EMAIL.test(email)) throw new InvalidFieldError('email address');
  return email;
};

/** Whitespace-separated words of letters and digits, or `-`, or nothing. */
export const checkAlphanumericWords = (value: string | undefined): void => {
  if (!value || value === '-') return;
  if (!value.split(/\s+/).filter(Boolean).every((word) => /^[\p{L}\p{N}]+$/u.test(word))) throw new InvalidFieldError();
};

export const checkNotBlank = (field: string, value: string): void => {
  if (!/\S/.test(value)) throw new InvalidSpacesFieldError(field);
};

export const checkIntRange = (field: string, value: number | undefined, lower: number, upper: number): void => {
  if (value !== undefined && (value < lower || value > upper)) throw new NumberOutOfRangeError(field, lower, upper);
};

const FORMULA_STARTS = ['-', '=', '+', '@', '\t', '\r', '\n', '\\'];
const SEPARATORS = ['"', "'", ',', ';'];

/**
 * Refuses what a spreadsheet could run as a formula (https://owasp.org/www-community/attacks/CSV_Injection):
 * a word starting with `-`, `=`, `+`, `@`, a tab or a backslash, or such a character right after a quote
 * or separator.
 */
export const checkSanitizedCsv = (field: string, value: string | undefined): void => {
  for (const word of (value ?? '').split(/\s+/).filter(Boolean)) {
    const unsafe = [...word].some(
      (character, index) =>
        FORMULA_STARTS.includes(character) && (index === 0 || SEPARATORS.includes(word[index - 1] ?? '')),
    );
    if (unsafe) throw new UnsanitizedInputFoundError(field);
  }
};
