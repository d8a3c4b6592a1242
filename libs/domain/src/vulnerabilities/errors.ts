import { IntegratesError } from '@integrates/errors';

const error = (code: string, message: string) =>
  class extends IntegratesError {
    constructor(details: Readonly<Record<string, unknown>> = {}) {
      super(code, `Exception - ${message}`, details);
    }
  };

export class VulnerabilityNotFoundError extends error('VULNERABILITY_NOT_FOUND', 'Vulnerability not found') {}
export class VulnerabilityNotReleasedError extends error('VULNERABILITY_NOT_RELEASED', 'The vulnerability has not been released') {}
export class VulnerabilityAlreadyClosedError extends error('VULNERABILITY_ALREADY_CLOSED', 'The vulnerability has already been closed') {}
export class VulnerabilityNotSubmittedError extends error('VULNERABILITY_NOT_SUBMITTED', 'The vulnerability has not been submitted') {}
export class VulnerabilityNotRejectedError extends error('VULNERABILITY_NOT_REJECTED', 'The vulnerability has not been rejected') {}
export class InvalidRemovalStateError extends error(
  'INVALID_REMOVAL_STATE',
  'The vulnerability cannot be removed in its current state (SAFE or already removed)',
) {}
export class SameTreatmentValuesError extends error('SAME_VALUES', 'Same values') {}
export class AcceptanceDaysOutOfPolicyError extends error(
  'INVALID_ACCEPTANCE_DAYS',
  'Chosen date is either in the past or exceeds the maximum number of days allowed by the defined policy',
) {}
export class AcceptanceSeverityOutOfPolicyError extends error(
  'INVALID_ACCEPTANCE_SEVERITY',
  'Vulnerability cannot be accepted, severity outside of range set by the defined policy',
) {}
export class AcceptancesExceededError extends error(
  'INVALID_NUMBER_ACCEPTANCES',
  'Vulnerability has been accepted the maximum number of times allowed by the defined policy',
) {}
export class InvalidAcceptanceDateError extends error(
  'INVALID_ACCEPTANCE_DATE',
  'A temporary acceptance (ACCEPTED) needs an acceptanceDate in the future (YYYY-MM-DD or an ISO date-time)',
) {}
export class InvalidAssigneeError extends error(
  'INVALID_ASSIGNEE',
  'The assignee must be a registered stakeholder of the group whose role may be assigned vulnerabilities',
) {}
export class FluidStaffAssigneeError extends error(
  'INVALID_ASSIGNEE',
  'Only Fluid Attacks staff may assign vulnerabilities to Fluid Attacks staff',
) {}
export class AcceptanceNotRequestedError extends error('ACCEPTANCE_NOT_REQUESTED', 'It cant handle acceptance without being requested') {}
export class AlreadyRequestedError extends error('ALREADY_REQUESTED', 'Request verification already requested') {}
export class VerificationOnHoldError extends error('VERIFICATION_ON_HOLD', 'The re-attack of this vulnerability is on hold behind an event') {}
export class NotVerificationRequestedError extends error('NOT_VERIFICATION_REQUESTED', 'The verification of this vulnerability was not requested') {}
export class AlreadyZeroRiskRequestedError extends error('ALREADY_ZERO_RISK_REQUESTED', 'Zero risk vulnerability is already requested') {}
export class NotZeroRiskRequestedError extends error('NOT_ZERO_RISK_REQUESTED', 'Zero risk vulnerability is not requested') {}
export class ZeroRiskVulnerabilityError extends error(
  'ZERO_RISK_VULNERABILITY',
  'The vulnerability has zero risk requested or confirmed; resolve that first',
) {}

export class TooManyVulnerabilitiesError extends IntegratesError {
  constructor(max: number, given: number) {
    super('TOO_MANY_VULNERABILITIES', `Exception - At most ${max} vulnerabilities per request; got ${given}`, { max, given });
  }
}

export class NoVulnerabilitiesError extends IntegratesError {
  constructor(field: string) {
    super('NO_VULNERABILITIES', `Exception - ${field} must name at least one vulnerability`, { field });
  }
}

export class RepeatedVulnerabilitiesError extends IntegratesError {
  constructor(ids: readonly string[]) {
    super('REPEATED_VULNERABILITIES', `Exception - A vulnerability cannot be both accepted and rejected, or open and closed: ${ids.join(', ')}`, {
      ids,
    });
  }
}

export class InvalidVulnerabilitiesFileError extends IntegratesError {
  constructor(problem: string, details: Readonly<Record<string, unknown>> = {}) {
    super('INVALID_VULNERABILITIES_FILE', `Exception - Invalid vulnerabilities: ${problem}`, details);
  }
}

export class VulnerabilityAlreadyExistsError extends IntegratesError {
  constructor(location: string) {
    super('VULNERABILITY_ALREADY_EXISTS', `Exception - The vulnerability already exists in this finding: ${location}`, { location });
  }
}

export class InvalidRejectionReasonsError extends IntegratesError {
  constructor(allowed: readonly string[]) {
    super('INVALID_REJECTION_REASONS', `Exception - Rejection needs at least one reason from ${allowed.join(', ')}; OTHER needs otherReason`, { allowed });
  }
}
