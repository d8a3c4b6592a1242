import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const KEY_BYTES = 32;

/**
 * Reads the signing key stored at `path`, creating a random one the first time, so that a restart of
 * a development server keeps its sessions. Production passes its key through configuration instead.
 */
export const loadOrCreateKey = (path: string): Buffer => {
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64url');
    if (key.length >= KEY_BYTES) return key;
  }
  const key = randomBytes(KEY_BYTES);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, key.toString('base64url'), { mode: 0o600 });
  return key;
};
