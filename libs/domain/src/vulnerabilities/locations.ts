import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { VulnerabilityType } from '@integrates/db-model';
import { InvalidVulnerabilitiesFileError } from './errors';

/** One reported location, checked for its type: LINES path + line, PORTS host + port, INPUTS URL + field. */
export interface LocationInput {
  readonly type: VulnerabilityType;
  readonly where: string;
  readonly specific: string;
  readonly commit?: string;
  readonly repoNickname?: string;
  /** Where in the document it came from, e.g. `lines[3]`, for error messages. */
  readonly origin: string;
}

/** The lists a vulnerabilities document (YAML file or JSON input) may hold, with each entry's fields. */
const FIELDS = {
  lines: { type: 'LINES', where: 'path', specific: 'line', optional: ['commit_hash', 'repo_nickname', 'state'] },
  ports: { type: 'PORTS', where: 'host', specific: 'port', optional: ['repo_nickname', 'state'] },
  inputs: { type: 'INPUTS', where: 'url', specific: 'field', optional: ['repo_nickname', 'state', 'stream'] },
} as const;

type ListName = keyof typeof FIELDS;
const LISTS = Object.keys(FIELDS) as ListName[];
const MAX_TEXT = 2048;

const refuse = (problem: string): never => {
  throw new InvalidVulnerabilitiesFileError(problem);
};

const quoted = (value: unknown): string => {
  const shown = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(shown.length > 80 ? `${shown.slice(0, 80)}…` : shown);
};

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// Control characters would corrupt listings and reports; a location is one printable line.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

const text = (origin: string, field: string, value: unknown): string => {
  if (typeof value !== 'string' || value.trim().length === 0) return refuse(`${origin}.${field} must be a non-empty text`);
  const trimmed = value.trim();
  if (trimmed.length > MAX_TEXT || CONTROL.test(trimmed)) {
    return refuse(`${origin}.${field} must be one line of at most ${MAX_TEXT} characters`);
  }
  return trimmed;
};

const digits = (origin: string, field: string, value: unknown, what: string): string => {
  const raw = typeof value === 'number' && Number.isInteger(value) ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^\d{1,9}$/.test(raw)) return refuse(`${origin}.${field} must be ${what}, got ${quoted(value)}`);
  return String(Number(raw));
};

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const host = (origin: string, value: unknown): string => {
  const candidate = text(origin, 'host', value).toLowerCase();
  if (isIP(candidate) === 0 && !HOSTNAME.test(candidate)) return refuse(`${origin}.host must be a host name or an IP address, got ${quoted(value)}`);
  return candidate;
};

const port = (origin: string, value: unknown): string => {
  const number = digits(origin, 'port', value, 'a port number from 0 to 65535');
  if (Number(number) > 65535) return refuse(`${origin}.port must be a port number from 0 to 65535, got ${quoted(value)}`);
  return number;
};

const url = (origin: string, value: unknown): string => {
  const candidate = text(origin, 'url', value);
  if (!URL.canParse(candidate) || /\s/.test(candidate)) return refuse(`${origin}.url must be a URL (scheme://host/...), got ${quoted(value)}`);
  return candidate;
};

const path = (origin: string, value: unknown): string => {
  const candidate = text(origin, 'path', value);
  if (candidate.split('/').includes('..')) return refuse(`${origin}.path must not contain ".." segments, got ${quoted(value)}`);
  return candidate;
};

const optionalText = (origin: string, entry: Readonly<Record<string, unknown>>, field: string): string | undefined =>
  entry[field] === undefined || entry[field] === null ? undefined : text(origin, field, entry[field]);

const locationOf = (list: ListName, index: number, entry: unknown): LocationInput => {
  const origin = `${list}[${index}]`;
  if (!isRecord(entry)) return refuse(`${origin} must be a mapping of fields`);
  const spec = FIELDS[list];
  const known = new Set<string>([spec.where, spec.specific, ...spec.optional]);
  const unknown = Object.keys(entry).filter((field) => !known.has(field));
  if (unknown.length > 0) return refuse(`${origin} has unknown field ${unknown.join(', ')}; allowed: ${[...known].join(', ')}`);
  const state = optionalText(origin, entry, 'state');
  if (state !== undefined && state.toLowerCase() !== 'submitted') {
    return refuse(`${origin}.state must be "submitted": new vulnerabilities wait for review, got ${quoted(state)}`);
  }
  const commit = list === 'lines' ? optionalText(origin, entry, 'commit_hash') : undefined;
  if (commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(commit)) return refuse(`${origin}.commit_hash must be a git commit hash, got ${quoted(commit)}`);
  const repoNickname = optionalText(origin, entry, 'repo_nickname');
  const [where, specific] =
    list === 'lines'
      ? [path(origin, entry['path']), digits(origin, 'line', entry['line'], 'a line number (digits)')]
      : list === 'ports'
        ? [host(origin, entry['host']), port(origin, entry['port'])]
        : [url(origin, entry['url']), text(origin, 'field', entry['field'])];
  return {
    type: spec.type,
    where,
    specific,
    origin,
    ...(commit ? { commit: commit.toLowerCase() } : {}),
    ...(repoNickname ? { repoNickname } : {}),
  };
};

/**
 * The locations of a vulnerabilities document (`{ lines, ports, inputs }`), every entry checked; the
 * first problem is refused with its place in the document.
 */
export const parseVulnerabilitiesDocument = (document: unknown, max: number): readonly LocationInput[] => {
  if (!isRecord(document)) return refuse('expected a mapping with lists named lines, ports or inputs');
  const unknown = Object.keys(document).filter((key) => !LISTS.includes(key as ListName));
  if (unknown.length > 0) return refuse(`unknown list ${unknown.join(', ')}; allowed: ${LISTS.join(', ')}`);
  const locations: LocationInput[] = [];
  for (const list of LISTS) {
    const entries = document[list];
    if (entries === undefined || entries === null) continue;
    if (!Array.isArray(entries)) return refuse(`${list} must be a list`);
    if (locations.length + entries.length > max) return refuse(`at most ${max} vulnerabilities per upload`);
    entries.forEach((entry, index) => locations.push(locationOf(list, index, entry)));
  }
  if (locations.length === 0) return refuse('the document reports no vulnerability');
  return locations;
};

/** How a location reads in messages: `lines src/app.ts line 42`. */
export const describeLocation = (location: Pick<LocationInput, 'type' | 'where' | 'specific'>): string => {
  const unit = location.type === 'LINES' ? 'line' : location.type === 'PORTS' ? 'port' : 'field';
  return `${location.type.toLowerCase()} ${location.where} ${unit} ${location.specific}`;
};

/** The location's identity within a finding (the original's hash of type, where, specific and root). */
export const locationHash = (location: Pick<LocationInput, 'type' | 'where' | 'specific'>, rootId?: string): string =>
  createHash('sha256')
    .update(JSON.stringify([location.type, location.where, location.specific, rootId ?? '']))
    .digest('hex')
    .slice(0, 40);
