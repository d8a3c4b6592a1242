import DataLoader from 'dataloader';
import type { Stakeholder } from './stakeholders';
import { getStakeholders } from './stakeholders';

/** One set per request: each loader batches the reads of one tick and caches them for the request. */
export interface Dataloaders {
  readonly stakeholder: DataLoader<string, Stakeholder | undefined>;
}

export const createDataloaders = (): Dataloaders => ({
  stakeholder: new DataLoader((emails) => getStakeholders(emails), {
    cacheKeyFn: (email) => email.toLowerCase(),
  }),
});
