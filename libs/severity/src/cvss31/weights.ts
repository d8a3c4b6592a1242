/** Numeric weights of CVSS v3.1 (specification section 7.4). `X` weighs as its neutral value. */
export const AV = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 } as const;
export const AC = { L: 0.77, H: 0.44 } as const;
export const PR_SCOPE_UNCHANGED = { N: 0.85, L: 0.62, H: 0.27 } as const;
export const PR_SCOPE_CHANGED = { N: 0.85, L: 0.68, H: 0.5 } as const;
export const UI = { N: 0.85, R: 0.62 } as const;
export const CIA = { H: 0.56, L: 0.22, N: 0 } as const;
export const E = { X: 1, H: 1, F: 0.97, P: 0.94, U: 0.91 } as const;
export const RL = { X: 1, U: 1, W: 0.97, T: 0.96, O: 0.95 } as const;
export const RC = { X: 1, C: 1, R: 0.96, U: 0.92 } as const;
export const REQUIREMENT = { X: 1, H: 1.5, M: 1, L: 0.5 } as const;

export const EXPLOITABILITY_COEFFICIENT = 8.22;
export const SCOPE_COEFFICIENT = 1.08;
export const IMPACT_UNCHANGED = 6.42;
export const IMPACT_CHANGED = 7.52;
export const MODIFIED_IMPACT_CAP = 0.915;
