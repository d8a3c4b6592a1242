import { IntegratesError } from '@integrates/errors';

// Access and invitation errors, with the original's messages (custom_exceptions).

export class StakeholderHasGroupAccessError extends IntegratesError {
  constructor() {
    super('STAKEHOLDER_HAS_GROUP_ACCESS', 'Exception - The stakeholder has been granted access to the group previously');
  }
}

export class StakeholderHasOrganizationAccessError extends IntegratesError {
  constructor() {
    super('STAKEHOLDER_HAS_ORGANIZATION_ACCESS', 'Exception - The stakeholder has been granted access to the organization previously');
  }
}

export class StakeholderNotInGroupError extends IntegratesError {
  constructor() {
    super('STAKEHOLDER_NOT_IN_GROUP', 'Exception - Stakeholder is not a member of the group');
  }
}

export class StakeholderNotInOrganizationError extends IntegratesError {
  constructor() {
    super('STAKEHOLDER_NOT_IN_ORGANIZATION', 'Exception - Stakeholder is not a member of the organization');
  }
}

/** Says only that the stakeholder cannot be shown: not whether they exist. */
export class StakeholderNotFoundError extends IntegratesError {
  constructor() {
    super('STAKEHOLDER_NOT_FOUND', 'Access denied or stakeholder not found');
  }
}

export class InvalidRoleProvidedError extends IntegratesError {
  constructor(role: string) {
    super('INVALID_ROLE_PROVIDED', `Exception - Invalid role or not enough permissions to grant role: ${role}`, { role });
  }
}

export class RequestedInvitationTooSoonError extends IntegratesError {
  constructor() {
    super('REQUESTED_INVITATION_TOO_SOON', 'Exception - The previous invitation to this user was requested less than a minute ago');
  }
}

/** A grant the authz validations refuse (drills roles, staff-only roles), with their message. */
export class GrantRefusedError extends IntegratesError {
  constructor(code: string, message: string) {
    super(code, message);
  }
}
