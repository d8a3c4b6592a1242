import { IntegratesError } from '@integrates/errors';

/** The original's InvalidOrganization: "Name taken" or "Invalid name". */
export class InvalidOrganizationError extends IntegratesError {
  constructor(message: 'Name taken' | 'Invalid name') {
    super(message === 'Name taken' ? 'ORGANIZATION_NAME_TAKEN' : 'INVALID_ORGANIZATION_NAME', message);
  }
}
