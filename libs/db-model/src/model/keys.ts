import { InvalidKeyError } from './errors';

/**
 * Checks a value that fills a part of a key template (`USER#<email>`). The original accepted `#` in
 * such values, which let one key read as another's prefix; here it is refused.
 */
export const keyPart = (part: string, value: string): string => {
  if (value.length === 0 || value.includes('#') || value.length > 512) throw new InvalidKeyError(part, value);
  return value;
};

/** Sort key of a historic row: `<PREFIX>#<iso date>`. */
export const historicSortKey = (prefix: string, date: string): string => `${prefix}#${date}`;
