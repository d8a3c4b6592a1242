const FLUID_ATTACKS_DOMAIN = 'fluidattacks.com';

/**
 * Whether an email belongs to Fluid Attacks staff. Exactly one `@` and the domain compared without
 * case, so that `someone@fluidattacks.com@evil.test` or `x@notfluidattacks.com` do not pass.
 */
export const isFluidAttacksEmail = (email: string): boolean => {
  const parts = email.trim().toLowerCase().split('@');
  return parts.length === 2 && parts[0] !== '' && parts[1] === FLUID_ATTACKS_DOMAIN;
};
