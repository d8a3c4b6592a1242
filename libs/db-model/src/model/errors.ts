import { IntegratesError, UnavailabilityError } from '@integrates/errors';

/** Another writer changed the entity after it was read; nothing of this write remains. Retry from a fresh read. */
export class ConcurrentModificationError extends IntegratesError {
  constructor(entity: string, key: string) {
    super('CONCURRENT_MODIFICATION', 'Exception - The resource was modified by another operation, please retry', {
      entity,
      key,
    });
  }
}

/**
 * A conditional write whose first attempt went unanswered (or failed on the store's side) found its
 * condition false on the retry, which that first attempt may have caused: it was applied in full or
 * not at all, and only a fresh read tells which. Clients see it as a retryable unavailability.
 */
export class UncertainWriteError extends UnavailabilityError {
  constructor() {
    super({ cause: 'UncertainWrite' });
  }
}

/** A creation found the entity already there; nothing was written. */
export class AlreadyExistsError extends IntegratesError {
  constructor(entity: string, key: string) {
    super('ALREADY_EXISTS', `Exception - The ${entity.replace(/_/g, ' ')} already exists`, { entity, key });
  }
}

/** An update or removal found no such entity. */
export class EntityNotFoundError extends IntegratesError {
  constructor(entity: string, key: string) {
    super('NOT_FOUND', `Exception - The ${entity.replace(/_/g, ' ')} was not found`, { entity, key });
  }
}

/** A value would break the key grammar (for example a `#` inside a part that is filled in). */
export class InvalidKeyError extends IntegratesError {
  constructor(part: string, value: string) {
    super('INVALID_KEY', `Exception - The ${part} "${value}" cannot be stored: it must be non-empty and contain no "#"`, {
      part,
    });
  }
}

/** A pagination cursor that this server did not issue for this list. */
export class InvalidCursorError extends IntegratesError {
  constructor() {
    super('INVALID_CURSOR', 'Exception - Invalid pagination cursor: use the endCursor of the same list, or none');
  }
}

/** A record that does not fit its entity's schema, or a request the store refused as malformed. */
export class InvalidRecordError extends IntegratesError {
  constructor(message: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_RECORD', `Exception - ${message}`, details);
  }
}
