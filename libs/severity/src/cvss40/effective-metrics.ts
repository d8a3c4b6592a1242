import { NOT_DEFINED } from '../vector/metric-table';
import type { Cvss40Metrics } from './metrics';

/** The values scoring works with once environmental overrides and worst-case defaults are applied. */
export interface EffectiveMetrics {
  readonly AV: string;
  readonly AC: string;
  readonly AT: string;
  readonly PR: string;
  readonly UI: string;
  readonly VC: string;
  readonly VI: string;
  readonly VA: string;
  readonly SC: string;
  readonly SI: string;
  readonly SA: string;
  readonly E: string;
  readonly CR: string;
  readonly IR: string;
  readonly AR: string;
}

/** Which optional metric groups a score takes into account (CVSS-B ignores both, CVSS-BT the environmental one). */
export interface ScoredGroups {
  readonly threat: boolean;
  readonly environmental: boolean;
}

export const ALL_GROUPS: ScoredGroups = { threat: true, environmental: true };

/**
 * A modified metric that is defined replaces its base metric; Exploit Maturity not defined counts as
 * Attacked and a security requirement not defined as High, the worst case (specification section 4).
 * A group left out of the score reads as if every metric in it were Not Defined.
 */
export const effectiveMetrics = (m: Cvss40Metrics, groups: ScoredGroups = ALL_GROUPS): EffectiveMetrics => {
  const env = groups.environmental;
  const modified = (value: string, base: string): string => (env && value !== NOT_DEFINED ? value : base);
  const requirement = (value: string): string => (env && value !== NOT_DEFINED ? value : 'H');
  return {
    AV: modified(m.MAV, m.AV),
    AC: modified(m.MAC, m.AC),
    AT: modified(m.MAT, m.AT),
    PR: modified(m.MPR, m.PR),
    UI: modified(m.MUI, m.UI),
    VC: modified(m.MVC, m.VC),
    VI: modified(m.MVI, m.VI),
    VA: modified(m.MVA, m.VA),
    SC: modified(m.MSC, m.SC),
    SI: modified(m.MSI, m.SI),
    SA: modified(m.MSA, m.SA),
    E: groups.threat && m.E !== NOT_DEFINED ? m.E : 'A',
    CR: requirement(m.CR),
    IR: requirement(m.IR),
    AR: requirement(m.AR),
  };
};
