export const REDACTED = '[REDACTED]';

/**
 * Key names that hold secrets, compared after lower-casing and dropping everything but letters and
 * digits, and matched anywhere in the key: `x-api-key`, `refresh_token` and `sessionJwt` all hit.
 */
const SECRET_KEY_PARTS: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'secret',
  'token',
  'authorization',
  'cookie',
  'jwt',
  'credential',
  'apikey',
  'privatekey',
  'signingkey',
  'sessionkey',
  'accesskey',
];

/** JWTs (three base64url parts, the header starting with eyJ) and HTTP credentials, wherever they appear in a string. */
const SECRET_VALUE = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*|\b(?:Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi;

const MAX_DEPTH = 12;

export const isSecretKey = (key: string): boolean => {
  const normalized = key.toLowerCase().replace(/[^a-z0-9]/g, '');
  return SECRET_KEY_PARTS.some((part) => normalized.includes(part));
};

/** The text with every JWT or bearer/basic credential in it replaced. */
export const redactText = (text: string): string => text.replace(SECRET_VALUE, REDACTED);

const errorFields = (error: Error): Record<string, unknown> => ({
  name: error.name,
  message: error.message,
  ...(error.stack ? { stack: error.stack } : {}),
  // Own enumerable extras such as `code` or `details`; `cause` is not enumerable but worth keeping.
  ...Object.fromEntries(Object.entries(error)),
  ...(error.cause === undefined ? {} : { cause: error.cause }),
});

const redactValue = (value: unknown, seen: ReadonlySet<object>, depth: number): unknown => {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[Truncated]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.constructor.name} ${value.byteLength} bytes]`;
  const inner = new Set(seen).add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, inner, depth + 1));
  const entries =
    value instanceof Map
      ? [...value.entries()].map(([key, item]): [string, unknown] => [String(key), item])
      : value instanceof Set
        ? [...value.values()].map((item, index): [string, unknown] => [String(index), item])
        : Object.entries(value instanceof Error ? errorFields(value) : value);
  const redacted = entries.map(([key, item]): [string, unknown] => [
    key,
    isSecretKey(key) && item !== undefined && item !== null ? REDACTED : redactValue(item, inner, depth + 1),
  ]);
  return value instanceof Set ? redacted.map(([, item]) => item) : Object.fromEntries(redacted);
};

/**
 * A JSON-safe copy of `value` with secrets replaced by [REDACTED]: values under keys that name secrets
 * (at any depth, in arrays too) and JWT or bearer strings anywhere. Errors keep name, message and stack;
 * cycles become [Circular]. The input is never changed.
 */
export const redact = (value: unknown): unknown => redactValue(value, new Set(), 0);

/** `redact` for a record of fields. */
export const redactFields = (fields: Readonly<Record<string, unknown>>): Record<string, unknown> =>
  redact(fields) as Record<string, unknown>;
