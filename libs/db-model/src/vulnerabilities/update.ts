import { commitStates, versionedChange, type StateTransition } from '../history/commit-states';
import { updateMetadata } from '../model/update-metadata';
import {
  vulnerabilityFacet,
  vulnerabilityHistoricState,
  vulnerabilityHistoricTreatment,
  vulnerabilityHistoricVerification,
  vulnerabilityHistoricZeroRisk,
  vulnerabilityKey,
} from './entity';
import type {
  Vulnerability,
  VulnerabilityState,
  VulnerabilityTreatment,
  VulnerabilityVerification,
  VulnerabilityZeroRisk,
} from './types';

export interface VulnerabilityStateChanges {
  readonly state?: VulnerabilityState;
  readonly treatment?: VulnerabilityTreatment;
  readonly verification?: VulnerabilityVerification;
  readonly zeroRisk?: VulnerabilityZeroRisk;
}

/**
 * Moves any of the four versioned maps at once, in one conditional commit: either every change lands
 * with its history, or none does (ConcurrentModificationError). `unreliableIndicators`, when given,
 * replaces the vulnerability's derived values in the same commit.
 */
export const updateVulnerabilityStates = async (
  current: Vulnerability,
  changes: VulnerabilityStateChanges,
  unreliableIndicators?: Vulnerability['unreliableIndicators'],
): Promise<Vulnerability> => {
  const next: Vulnerability = { ...current, ...changes, ...(unreliableIndicators ? { unreliableIndicators } : {}) };
  const historyPk = `VULN#${current.id}`;
  const transitions: StateTransition[] = [
    ...(changes.state ? [versionedChange(vulnerabilityHistoricState, historyPk, 'state', current.state, changes.state)] : []),
    ...(changes.treatment
      ? [versionedChange(vulnerabilityHistoricTreatment, historyPk, 'treatment', current.treatment, changes.treatment)]
      : []),
    ...(changes.verification
      ? [versionedChange(vulnerabilityHistoricVerification, historyPk, 'verification', current.verification, changes.verification)]
      : []),
    ...(changes.zeroRisk
      ? [versionedChange(vulnerabilityHistoricZeroRisk, historyPk, 'zero_risk', current.zeroRisk, changes.zeroRisk)]
      : []),
  ];
  if (transitions.length === 0) return current;
  // The index keys mix the four maps, so a write that relied on a stale read of any of them must lose.
  const maps = { state: current.state, treatment: current.treatment, verification: current.verification, zero_risk: current.zeroRisk };
  const changing = new Set(transitions.map((transition) => transition.attribute));
  await commitStates({
    metadata: vulnerabilityFacet,
    key: vulnerabilityKey(current.id, current.findingId),
    currentRecord: current,
    nextRecord: next,
    transitions,
    unchanged: Object.entries(maps)
      .filter(([attribute]) => !changing.has(attribute))
      .map(([attribute, value]) => ({ attribute, current: value })),
    ...(unreliableIndicators ? { alsoSet: { unreliable_indicators: vulnerabilityFacet.toItem(next)['unreliable_indicators'] } } : {}),
  });
  return next;
};

type VulnerabilityMetadata = Pick<Vulnerability, 'severityScore' | 'bugTrackingSystemUrl' | 'tags' | 'rootId' | 'unreliableIndicators'>;

/** Plain metadata (severity override, bug tracker, tags, indicators): SET/REMOVE, no history. */
export const updateVulnerabilityMetadata = (current: Vulnerability, changes: Partial<VulnerabilityMetadata>): Promise<Vulnerability> =>
  updateMetadata<Vulnerability>({ facet: vulnerabilityFacet, key: vulnerabilityKey(current.id, current.findingId), current, changes });
