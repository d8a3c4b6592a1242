import { IntegratesError } from '@integrates/errors';

// Group errors, with the original's messages (custom_exceptions).

/** The name is taken (group names are unique on the platform). */
export class InvalidGroupNameError extends IntegratesError {
  constructor() {
    super('INVALID_GROUP_NAME', 'Exception - Error invalid group name');
  }
}

export class InvalidGroupServicesConfigError extends IntegratesError {
  constructor(reason: string) {
    super('INVALID_GROUP_SERVICES_CONFIG', `Exception - ${reason}`);
  }
}

export class AlreadyPendingDeletionError extends IntegratesError {
  constructor() {
    super('ALREADY_PENDING_DELETION', 'Exception - This group has already been deleted or is pending');
  }
}

export class TagNotFoundError extends IntegratesError {
  constructor() {
    super('TAG_NOT_FOUND', 'Access denied or tag not found');
  }
}
