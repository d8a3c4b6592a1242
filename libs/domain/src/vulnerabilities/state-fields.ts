import type { VulnerabilityState } from '@integrates/db-model';

/** The state fields that describe the location, carried into every new state. */
export const location = ({ source, where, specific, commit }: VulnerabilityState) => ({ source, where, specific, ...(commit ? { commit } : {}) });
