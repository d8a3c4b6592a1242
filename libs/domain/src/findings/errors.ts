import { IntegratesError } from '@integrates/errors';

export class InvalidFindingTitleError extends IntegratesError {
  constructor(title: string) {
    super('INVALID_FINDING_TITLE', 'Exception - The inserted finding title is invalid: use "NNN. Title" as the weakness catalogue has it', {
      title,
    });
  }
}

export class InvalidRequirementsError extends IntegratesError {
  constructor(allowed: readonly string[], given: readonly string[]) {
    super(
      'INVALID_REQUIREMENTS',
      `Exception - Unfulfilled requirements must be a non-empty subset of the weakness's requirements: ${allowed.join(', ')}`,
      { allowed, given },
    );
  }
}

export class FindingAlreadyExistsError extends IntegratesError {
  constructor(code: string, groupName: string) {
    super('FINDING_ALREADY_EXISTS', `Exception - A finding of type ${code} already exists in this group`, { code, groupName });
  }
}

export class FindingFieldLengthError extends IntegratesError {
  constructor(field: string, min: number, max: number) {
    super('INVALID_FIELD_LENGTH', `Exception - Invalid field length: ${field} must have between ${min} and ${max} characters`, {
      field,
      min,
      max,
    });
  }
}

export class InvalidFieldValueError extends IntegratesError {
  constructor(field: string, rule: string) {
    super('INVALID_FIELD_VALUE', `Exception - Invalid ${field}: ${rule}`, { field });
  }
}

export class FindingSeverityError extends IntegratesError {
  constructor(message: string) {
    super('INVALID_SEVERITY', `Exception - ${message}`);
  }
}

export class GroupCannotReportError extends IntegratesError {
  constructor(groupName: string) {
    super('GROUP_CANNOT_REPORT', 'Exception - The group\'s services do not allow reporting vulnerabilities', { groupName });
  }
}

export class SameValuesError extends IntegratesError {
  constructor() {
    super('SAME_VALUES', 'Exception - Same values');
  }
}

export class InvalidRemovalJustificationError extends IntegratesError {
  constructor(allowed: readonly string[]) {
    super('INVALID_JUSTIFICATION', `Exception - Invalid justification; allowed: ${allowed.join(', ')}`, { allowed });
  }
}
