import { IntegratesError } from '@integrates/errors';

// Refusals of requestVulnerabilitiesHold, with the original's messages where it had one; each names the
// vulnerability it is about.

const refusal = (code: string, message: string) =>
  class extends IntegratesError {
    constructor(vulnerabilityId: string) {
      super(code, `Exception - ${message}: ${vulnerabilityId}`, { vulnerabilityId });
    }
  };

export class HoldVulnerabilityNotFoundError extends refusal('VULNERABILITY_NOT_FOUND', 'Vulnerability not found in this finding') {}
export class HoldVulnerabilityNotReleasedError extends refusal('VULNERABILITY_NOT_RELEASED', 'The vulnerability has not been released') {}
export class HoldVulnerabilityClosedError extends refusal('VULNERABILITY_ALREADY_CLOSED', 'The vulnerability has already been closed') {}
export class HoldVulnerabilityAlreadyOnHoldError extends refusal('ALREADY_ON_HOLD', 'Request verification already on hold') {}
export class HoldVerificationNotRequestedError extends refusal(
  'NOT_VERIFICATION_REQUESTED',
  'Error verification not requested',
) {}
