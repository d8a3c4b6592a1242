import { NOT_DEFINED } from '../vector/metric-table';
import type { Cvss31Metrics } from './metrics';
import { roundup } from './roundup';
import {
  AC,
  AV,
  CIA,
  E,
  EXPLOITABILITY_COEFFICIENT,
  IMPACT_CHANGED,
  IMPACT_UNCHANGED,
  MODIFIED_IMPACT_CAP,
  PR_SCOPE_CHANGED,
  PR_SCOPE_UNCHANGED,
  RC,
  REQUIREMENT,
  RL,
  SCOPE_COEFFICIENT,
  UI,
} from './weights';

export interface Cvss31Scores {
  readonly base: number;
  readonly temporal: number;
  readonly environmental: number;
}

const privileges = (value: Cvss31Metrics['PR'], scopeChanged: boolean): number =>
  (scopeChanged ? PR_SCOPE_CHANGED : PR_SCOPE_UNCHANGED)[value];

/** A modified metric that is Not Defined takes the base metric's value (specification section 4.2). */
const modified = <V extends string>(value: V | 'X', base: V): V =>
  // TypeScript cannot narrow a generic union by excluding 'X'; the comparison does.
  value === NOT_DEFINED ? base : (value as V);

/** Impact and exploitability combined, with the 1.08 coefficient when the scope changes (section 7.1). */
const combined = (impact: number, exploitability: number, changed: boolean): number =>
  changed
    ? roundup(Math.min(SCOPE_COEFFICIENT * (impact + exploitability), 10))
    : roundup(Math.min(impact + exploitability, 10));

const baseScore = (m: Cvss31Metrics): number => {
  const changed = m.S === 'C';
  const iss = 1 - (1 - CIA[m.C]) * (1 - CIA[m.I]) * (1 - CIA[m.A]);
  const impact = changed ? IMPACT_CHANGED * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : IMPACT_UNCHANGED * iss;
  const exploitability = EXPLOITABILITY_COEFFICIENT * AV[m.AV] * AC[m.AC] * privileges(m.PR, changed) * UI[m.UI];
  return impact <= 0 ? 0 : combined(impact, exploitability, changed);
};

// Multiplied left to right as FIRST's calculator does, so floating-point results agree with it exactly.
const withTemporal = (score: number, m: Cvss31Metrics): number => score * E[m.E] * RL[m.RL] * RC[m.RC];

/** Environmental score with the v3.1 changes: MISS capped at 0.915 and the 0.9731 factor when scope changes. */
const environmentalScore = (m: Cvss31Metrics): number => {
  const scope = modified(m.MS, m.S);
  const changed = scope === 'C';
  const miss = Math.min(
    1 -
      (1 - CIA[modified(m.MC, m.C)] * REQUIREMENT[m.CR]) *
        (1 - CIA[modified(m.MI, m.I)] * REQUIREMENT[m.IR]) *
        (1 - CIA[modified(m.MA, m.A)] * REQUIREMENT[m.AR]),
    MODIFIED_IMPACT_CAP,
  );
  const impact = changed
    ? IMPACT_CHANGED * (miss - 0.029) - 3.25 * Math.pow(miss * 0.9731 - 0.02, 13)
    : IMPACT_UNCHANGED * miss;
  const exploitability =
    EXPLOITABILITY_COEFFICIENT *
    AV[modified(m.MAV, m.AV)] *
    AC[modified(m.MAC, m.AC)] *
    privileges(modified(m.MPR, m.PR), changed) *
    UI[modified(m.MUI, m.UI)];
  return impact <= 0 ? 0 : roundup(withTemporal(combined(impact, exploitability, changed), m));
};

/** Base, temporal and environmental scores exactly as the CVSS v3.1 specification (section 7) defines them. */
export const scoreCvss31 = (metrics: Cvss31Metrics): Cvss31Scores => {
  const base = baseScore(metrics);
  return {
    base,
    temporal: roundup(withTemporal(base, metrics)),
    environmental: environmentalScore(metrics),
  };
};
