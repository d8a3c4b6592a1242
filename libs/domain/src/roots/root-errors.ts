import { IntegratesError } from '@integrates/errors';

// Root errors, with the original's messages (custom_exceptions).

export class RepeatedRootError extends IntegratesError {
  constructor() {
    super('REPEATED_ROOT', 'Exception - Root with the same URL/branch already exists');
  }
}

export class RepeatedRootNicknameError extends IntegratesError {
  constructor() {
    super('REPEATED_ROOT_NICKNAME', 'Exception - Root with the same nickname already exists');
  }
}

/** Says only that the root cannot be shown: not whether it exists. */
export class RootNotFoundError extends IntegratesError {
  constructor() {
    super('ROOT_NOT_FOUND', 'Exception - Access denied or root not found');
  }
}

export class InactiveRootError extends IntegratesError {
  constructor() {
    super('INACTIVE_ROOT', 'Exception - The root is not active');
  }
}

export class InvalidGitRootError extends IntegratesError {
  constructor() {
    super('INVALID_GIT_ROOT', 'Exception - A git root is required');
  }
}

export class HasVulnsError extends IntegratesError {
  constructor() {
    super('HAS_VULNS', "Exception - A root with reported vulns can't be updated");
  }
}

export class InvalidRootExclusionError extends IntegratesError {
  constructor() {
    super('INVALID_ROOT_EXCLUSION', 'Exception - Root name should not be included in the exception pattern');
  }
}

export class PermissionDeniedError extends IntegratesError {
  constructor(reason: string) {
    super('PERMISSION_DENIED', 'Exception - Error permission denied', { reason });
  }
}
