import { IntegratesError } from '@integrates/errors';

// The original's messages (custom_exceptions), each with a stable code.

export class EventNotFoundError extends IntegratesError {
  constructor(eventId: string) {
    super('EVENT_NOT_FOUND', 'Exception - Event not found', { eventId });
  }
}

export class EventAlreadyClosedError extends IntegratesError {
  constructor(eventId: string) {
    super('EVENT_ALREADY_CLOSED', 'Exception - The event has already been closed', { eventId });
  }
}

export class EventVerificationAlreadyRequestedError extends IntegratesError {
  constructor(eventId: string) {
    super('EVENT_VERIFICATION_ALREADY_REQUESTED', 'Exception - The event verification has been requested', { eventId });
  }
}

export class EventVerificationNotRequestedError extends IntegratesError {
  constructor(eventId: string) {
    super('EVENT_VERIFICATION_NOT_REQUESTED', 'Exception - The event verification has not been requested', { eventId });
  }
}

export class InvalidEventSolvingReasonError extends IntegratesError {
  constructor(eventType: string, reason: string, allowed: readonly string[]) {
    super('INVALID_EVENT_SOLVING_REASON', `Exception - The solving reason is not valid for the event type: ${eventType} allows ${allowed.join(', ')}`, {
      eventType,
      reason,
      allowed,
    });
  }
}

export class InvalidEventTypeError extends IntegratesError {
  constructor(eventType: string) {
    super('INVALID_EVENT_TYPE', 'Exception - Field eventType is invalid', { eventType });
  }
}

export class InvalidEventDateError extends IntegratesError {
  constructor(eventDate: string) {
    super('INVALID_DATE', 'Exception - The inserted date is invalid: the event date cannot be in the future', { eventDate });
  }
}

export class InvalidEventDateFormatError extends IntegratesError {
  constructor(eventDate: string) {
    super('INVALID_DATE_FORMAT', 'Exception - The date format is invalid: use an ISO 8601 date or date-time (2024-05-01T13:00:00Z)', {
      eventDate,
    });
  }
}

export class InvalidEventRootError extends IntegratesError {
  constructor(rootId: string) {
    super('INVALID_PARAMETER', 'Exception - Field rootId is invalid: the root must be an active root of the group', { rootId });
  }
}

export class RequiredOtherSolvingReasonError extends IntegratesError {
  constructor() {
    super('INVALID_PARAMETER', 'Exception - Field other is invalid: the reason OTHER needs a description in other', { field: 'other' });
  }
}

export class InvalidEventDetailError extends IntegratesError {
  constructor(max: number) {
    super('INVALID_FIELD_LENGTH', `Exception - Invalid field length in form: detail must have between 1 and ${max} characters`, {
      field: 'detail',
      max,
    });
  }
}

export class EventIdsExhaustedError extends IntegratesError {
  constructor() {
    super('EVENT_ALREADY_CREATED', 'Exception - This event has already been created, please retry');
  }
}
