import type { VersionedState } from '../history/historic-facet';

/** An API token; only a salted hash of its secret id (`jti`) is stored. */
export interface AccessToken {
  readonly id: string;
  readonly name: string;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly jtiHashed: string;
  readonly salt: string;
  readonly lastUse?: string;
}

/** The one web session the stakeholder may hold (newest wins). */
export interface SessionToken {
  readonly jti: string;
  readonly state: 'IS_VALID' | 'REVOKED';
  readonly issuedAt?: string;
}

export interface StakeholderState extends VersionedState {
  readonly notificationsPreferences?: { readonly email: readonly string[]; readonly minSeverity?: number };
}

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
  readonly accessTokens?: readonly AccessToken[];
  /** Counts replacements of `accessTokens`, which are made on the condition that it is unchanged. */
  readonly accessTokensRevision?: number;
  readonly sessionToken?: SessionToken;
  readonly state?: StakeholderState;
}
