/**
 * Attribute names come from a small vocabulary and are converted for every item read or written: the
 * conversions are remembered (bounded, for record keys that are data rather than names).
 */
const remembered = (convert: (key: string) => string, limit = 10_000): ((key: string) => string) => {
  const known = new Map<string, string>();
  return (key) => {
    const hit = known.get(key);
    if (hit !== undefined) return hit;
    if (known.size >= limit) known.clear();
    const converted = convert(key);
    known.set(key, converted);
    return converted;
  };
};

/** Records use camelCase; stored items use the original's snake_case, at every depth. */
const toSnakeKey = remembered((key) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`));
export const toCamelKey = remembered((key) => key.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase()));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set) && !(value instanceof Uint8Array);

const convert =
  (rename: (key: string) => string) =>
  (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert(rename));
    if (!isPlainObject(value)) return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, entry]) => entry !== undefined)
        .map(([key, entry]) => [rename(key), convert(rename)(entry)]),
    );
  };

export const toSnake = convert(toSnakeKey) as (value: unknown) => Record<string, unknown>;
export const toCamel = convert(toCamelKey) as (value: unknown) => Record<string, unknown>;
