import { IntegratesError } from './base-error';

/** The caller is not signed in, or its credentials are no longer valid. */
export class LoginRequiredError extends IntegratesError {
  /** `details` are for the audit log; clients only see the message. */
  constructor(details: Readonly<Record<string, unknown>> = {}) {
    super('LOGIN_REQUIRED', 'Login required', details);
  }
}

/** The caller may not do this. The message never reveals whether the object exists. */
export class AccessDeniedError extends IntegratesError {
  /** `details` are for the audit log; clients only see the message. */
  constructor(details: Readonly<Record<string, unknown>> = {}) {
    super('ACCESS_DENIED', 'Access denied', details);
  }
}

/** Input failed validation; the message says what was wrong. */
export class InvalidInputError extends IntegratesError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_INPUT', message, details);
  }
}

/** The data store is throttling or unreachable after retries. */
export class UnavailabilityError extends IntegratesError {
  constructor(details: Readonly<Record<string, unknown>> = {}) {
    super('UNAVAILABLE', 'Service unavailable, please retry', details);
  }
}
