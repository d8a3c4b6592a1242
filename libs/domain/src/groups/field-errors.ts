import { IntegratesError } from '@integrates/errors';

// Input errors shared by organizations, groups, access and roots, with the original's messages.

export class InvalidCharError extends IntegratesError {
  constructor(field?: string) {
    super('INVALID_CHAR', field ? `Exception - Invalid characters in ${field}` : 'Exception - Invalid characters', field ? { field } : {});
  }
}

export class InvalidFieldLengthError extends IntegratesError {
  constructor(field: string) {
    super('INVALID_FIELD_LENGTH', 'Exception - Invalid field length in form', { field });
  }
}

/** A value that is not of the expected kind (`Exception - Invalid email address in form`). */
export class InvalidFieldError extends IntegratesError {
  constructor(field = 'field') {
    super('INVALID_FIELD', `Exception - Invalid ${field} in form`, { field });
  }
}

export class InvalidParameterError extends IntegratesError {
  constructor(field?: string) {
    super('INVALID_PARAMETER', field ? `Exception - Field ${field} is invalid` : 'Exception - Error value is not valid', field ? { field } : {});
  }
}

export class InvalidSpacesFieldError extends IntegratesError {
  constructor(field: string) {
    super('INVALID_SPACES_FIELD', 'Exception - Field cannot fill with blank characters', { field });
  }
}

/** A value that a spreadsheet could run as a formula (CSV injection). */
export class UnsanitizedInputFoundError extends IntegratesError {
  constructor(field: string) {
    super('UNSANITIZED_INPUT', 'Exception - Unsanitized input found', { field });
  }
}

export class NumberOutOfRangeError extends IntegratesError {
  constructor(field: string, lower: number, upper: number) {
    super('NUMBER_OUT_OF_RANGE', `Exception - Value must be between ${lower} (inclusive) and ${upper} (inclusive)`, { field });
  }
}

export class RepeatedValuesError extends IntegratesError {
  constructor() {
    super('REPEATED_VALUES', 'Exception - One or more values already exist');
  }
}
