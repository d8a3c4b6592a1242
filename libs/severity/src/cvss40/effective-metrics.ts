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

const orBase = (modified: string, base: string): string => (modified === NOT_DEFINED ? base : modified);
const orWorst = (value: string, worst: string): string => (value === NOT_DEFINED ? worst : value);

/**
 * A modified metric that is defined replaces its base metric; Exploit Maturity not defined counts as
 * Attacked and a security requirement not defined as High, the worst case (specification section 4).
 */
export const effectiveMetrics = (m: Cvss40Metrics): EffectiveMetrics => ({
  AV: orBase(m.MAV, m.AV),
  AC: orBase(m.MAC, m.AC),
  AT: orBase(m.MAT, m.AT),
  PR: orBase(m.MPR, m.PR),
  UI: orBase(m.MUI, m.UI),
  VC: orBase(m.MVC, m.VC),
  VI: orBase(m.MVI, m.VI),
  VA: orBase(m.MVA, m.VA),
  SC: orBase(m.MSC, m.SC),
  SI: orBase(m.MSI, m.SI),
  SA: orBase(m.MSA, m.SA),
  E: orWorst(m.E, 'A'),
  CR: orWorst(m.CR, 'H'),
  IR: orWorst(m.IR, 'H'),
  AR: orWorst(m.AR, 'H'),
});
