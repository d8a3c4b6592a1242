import { checkAlphanumericWords, checkLength, normalizeEmail } from '../groups/field-validations';

/** The invitee's email (lowercase) and responsibility (1 to 50 characters of words, when given). */
export const memberInput = (email: string, responsibility: string | undefined): { email: string; responsibility: string | undefined } => {
  const normalized = normalizeEmail(email);
  const trimmed = responsibility?.trim() || undefined;
  checkLength('responsibility', trimmed, { min: 1, max: 50 });
  checkAlphanumericWords(trimmed);
  return { email: normalized, responsibility: trimmed };
};
