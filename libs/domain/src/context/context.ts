import type { Dataloaders } from '@integrates/db-model';

/** Who is calling, and how they proved it. Absent when the request carries no valid credentials. */
export interface Viewer {
  readonly email: string;
  readonly via: 'session' | 'api_token';
  /** The web session id or the API token id. */
  readonly credentialId: string;
}

/** What every domain function receives besides its own arguments: per-request loaders, the caller, keys. */
export interface DomainContext {
  readonly loaders: Dataloaders;
  readonly viewer?: Viewer;
  /** Signs and verifies sessions, API tokens and invitations. */
  readonly signingKey: Uint8Array;
}
