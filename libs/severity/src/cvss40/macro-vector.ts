import type { EffectiveMetrics } from './effective-metrics';

/** The six equivalence-class levels of a vector (specification section 8.2, tables 24 to 29). */
export interface MacroVector {
  readonly eq1: 0 | 1 | 2;
  readonly eq2: 0 | 1;
  readonly eq3: 0 | 1 | 2;
  readonly eq4: 0 | 1 | 2;
  readonly eq5: 0 | 1 | 2;
  readonly eq6: 0 | 1;
}

const eq1 = (m: EffectiveMetrics): MacroVector['eq1'] => {
  if (m.AV === 'N' && m.PR === 'N' && m.UI === 'N') {
    return 0;
  }
  return (m.AV === 'N' || m.PR === 'N' || m.UI === 'N') && m.AV !== 'P' ? 1 : 2;
};

const eq3 = (m: EffectiveMetrics): MacroVector['eq3'] => {
  if (m.VC === 'H' && m.VI === 'H') {
    return 0;
  }
  return m.VC === 'H' || m.VI === 'H' || m.VA === 'H' ? 1 : 2;
};

const eq4 = (m: EffectiveMetrics): MacroVector['eq4'] => {
  // Only the modified MSI and MSA may be S, so an effective S means the modified metric asked for Safety.
  if (m.SI === 'S' || m.SA === 'S') {
    return 0;
  }
  return m.SC === 'H' || m.SI === 'H' || m.SA === 'H' ? 1 : 2;
};

const EQ5: Readonly<Record<string, MacroVector['eq5']>> = { A: 0, P: 1, U: 2 };

export const macroVector = (m: EffectiveMetrics): MacroVector => ({
  eq1: eq1(m),
  eq2: m.AC === 'L' && m.AT === 'N' ? 0 : 1,
  eq3: eq3(m),
  eq4: eq4(m),
  eq5: EQ5[m.E] ?? 0,
  eq6: (m.CR === 'H' && m.VC === 'H') || (m.IR === 'H' && m.VI === 'H') || (m.AR === 'H' && m.VA === 'H') ? 0 : 1,
});

export const macroVectorKey = (mv: MacroVector): string => `${mv.eq1}${mv.eq2}${mv.eq3}${mv.eq4}${mv.eq5}${mv.eq6}`;
