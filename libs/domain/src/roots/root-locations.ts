import { isIP } from 'node:net';
import { InvalidCharError, InvalidParameterError } from '../groups/field-errors';
import { checkFreeText } from '../groups/field-validations';

/** A git remote: https/http, ssh://, or the scp-like `user@host:path`. Returns it trimmed, without a trailing slash. */
export const validateGitUrl = (value: string): string => {
  const url = value.trim().replace(/\/+$/, '');
  checkFreeText(url);
  if (/\s/.test(url)) throw new InvalidParameterError('url');
  const scpLike = /^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}:(?!\/)[A-Za-z0-9._~/-]+$/;
  if (scpLike.test(url)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidParameterError('url');
  }
  const path = parsed.pathname.replace(/^\/+/, '');
  if (!['http:', 'https:', 'ssh:'].includes(parsed.protocol) || !parsed.hostname || !path || parsed.password) {
    throw new InvalidParameterError('url');
  }
  return url;
};

/** How git URLs are compared: case-insensitively and without the `.git` suffix. */
export const comparableGitUrl = (url: string): string => url.trim().replace(/\/+$/, '').replace(/\.git$/i, '').toLowerCase();

/** The repository's name: the last path segment, without `.git`. */
export const repositoryName = (url: string): string => {
  const path = url.replace(/\/+$/, '').replace(/\.git$/i, '');
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf(':')) + 1);
};

/** git check-ref-format --branch: what git accepts as a branch name. */
export const validateBranch = (value: string): string => {
  const branch = value.trimEnd();
  const invalid =
    branch === '' ||
    branch === '@' ||
    branch.startsWith('-') ||
    branch.startsWith('/') ||
    branch.endsWith('/') ||
    branch.endsWith('.') ||
    branch.endsWith('.lock') ||
    branch.includes('..') ||
    branch.includes('//') ||
    branch.includes('@{') ||
    [...branch].some((character) => character.charCodeAt(0) <= 0x20 || character.charCodeAt(0) === 0x7f) ||
    /[~^:?*[\\]/.test(branch) ||
    branch.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock'));
  if (invalid) throw new InvalidParameterError('branch');
  return branch;
};

/** An IPv4 or IPv6 address. */
export const validateIpAddress = (value: string): string => {
  const address = value.trim();
  if (isIP(address) === 0) throw new InvalidParameterError('address');
  return address;
};

export interface UrlLocation {
  readonly host: string;
  readonly path: string;
  readonly port: number;
  readonly protocol: 'HTTP' | 'HTTPS';
  readonly query?: string;
}

// The original's URL characters, plus the query and escape characters real URLs use.
const URL_CHARACTERS = /^[a-zA-Z0-9(),./:;@_$#?&%~+!*'-][a-zA-Z0-9(),./:;@_$#=?&%~+!*'-]*$/;

/** An http(s) URL split as the original stored it: host, path (with any fragment), port, protocol, query. */
export const parseUrlRoot = (value: string): UrlLocation => {
  const url = value.trim();
  checkFreeText(url);
  if (!URL_CHARACTERS.test(url)) throw new InvalidCharError();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidParameterError('url');
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname || parsed.password) {
    throw new InvalidParameterError('url');
  }
  const protocol = parsed.protocol === 'https:' ? 'HTTPS' : 'HTTP';
  const fragment = parsed.hash.replace(/^#/, '');
  const query = parsed.search.replace(/^\?/, '');
  return {
    host: parsed.hostname,
    path: `${parsed.pathname || '/'}${fragment ? `#${fragment}` : ''}`,
    port: parsed.port ? Number(parsed.port) : protocol === 'HTTPS' ? 443 : 80,
    protocol,
    ...(query ? { query } : {}),
  };
};
