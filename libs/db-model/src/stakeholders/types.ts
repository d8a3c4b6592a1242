/** A person known to the platform: a user of the web app, an API-token holder, or an invitee. */
export interface Stakeholder {
  readonly email: string;
  readonly firstName?: string;
  readonly lastName?: string;
  /** User-level role: admin, hacker or user. */
  readonly role?: string;
  readonly enrolled: boolean;
  readonly isRegistered: boolean;
  readonly isConcurrentSession: boolean;
  readonly legalRemember: boolean;
  readonly registrationDate?: string;
  readonly lastLoginDate?: string;
}
