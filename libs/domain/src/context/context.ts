import type { Dataloaders } from '@integrates/db-model';

/** Who is calling. Absent when the request carries no valid credentials. */
export interface Viewer {
  readonly email: string;
}

/** What every domain function receives besides its own arguments: per-request loaders and the caller. */
export interface DomainContext {
  readonly loaders: Dataloaders;
  readonly viewer?: Viewer;
}
