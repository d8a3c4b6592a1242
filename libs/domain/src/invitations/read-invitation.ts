import { readInvitationToken, type InvitationClaims } from '@integrates/sessions';

export type TokenReading =
  | { readonly valid: true; readonly claims: InvitationClaims }
  | { readonly valid: false; readonly problem: 'invalid' | 'expired' };

/** The unverified `iat` of a compact JWT, to tell an expired link from a forged one. */
const issuedAt = (token: string): number | undefined => {
  try {
    const payload: unknown = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
    const iat = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>)['iat'] : undefined;
    return typeof iat === 'number' && Number.isFinite(iat) ? iat : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Reads an invitation link's token. One that fails now but verifies as of its own issue time has a
 * good signature and has merely expired; anything else (forged, altered, another kind of token) is
 * invalid.
 */
export const readInvitation = async (token: string, key: Uint8Array, now: number = Date.now()): Promise<TokenReading> => {
  const claims = await readInvitationToken(token, key, now);
  if (claims) return { valid: true, claims };
  const iat = issuedAt(token);
  const genuine = iat !== undefined && (await readInvitationToken(token, key, iat * 1000)) !== undefined;
  return { valid: false, problem: genuine ? 'expired' : 'invalid' };
};
