import { IntegratesError } from '@integrates/errors';

// The original's policy validation errors (organizations/domain.py), with its messages.

export class InvalidInactivityPeriodError extends IntegratesError {
  constructor() {
    super('INVALID_INACTIVITY_PERIOD', 'Exception - Inactivity period should be greater than the provided value');
  }
}

export class InvalidAcceptanceDaysError extends IntegratesError {
  constructor() {
    super('INVALID_ACCEPTANCE_DAYS', 'Exception - Acceptance days should be a positive integer');
  }
}

export class InvalidAcceptanceSeverityError extends IntegratesError {
  constructor() {
    super('INVALID_ACCEPTANCE_SEVERITY', 'Exception - Severity value must be a positive floating number between 0.0 and 10.0');
  }
}

export class InvalidAcceptanceSeverityRangeError extends IntegratesError {
  constructor() {
    super('INVALID_ACCEPTANCE_SEVERITY_RANGE', 'Exception - Min acceptance severity value should not be higher than the max value');
  }
}

export class InvalidNumberAcceptancesError extends IntegratesError {
  constructor() {
    super('INVALID_NUMBER_ACCEPTANCES', 'Exception - Number of acceptances should be zero or positive');
  }
}

export class InvalidSeverityError extends IntegratesError {
  constructor() {
    super('INVALID_SEVERITY', 'Exception - Severity value must be between 0.0 and 10.0');
  }
}

export class InvalidVulnerabilityGracePeriodError extends IntegratesError {
  constructor() {
    super('INVALID_VULNERABILITY_GRACE_PERIOD', 'Exception - Vulnerability grace period value should be a positive integer');
  }
}
