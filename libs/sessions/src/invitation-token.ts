import { signToken, verifyToken } from './session-token';

export const INVITATION_TTL_SECONDS = 7 * 24 * 60 * 60;

export interface InvitationClaims {
  readonly email: string;
  /** `group` or `organization`. */
  readonly entity: 'group' | 'organization';
  /** The group name or the organization id. */
  readonly target: string;
  readonly jti: string;
}

/** A signed invitation, valid for one week, mailed as /confirm_access/<token>. */
export const createInvitationToken = async (invitation: Omit<InvitationClaims, 'jti'>, key: Uint8Array, now?: number) =>
  signToken('invitation', { entity: invitation.entity, target: invitation.target }, key, {
    subject: invitation.email,
    ttlSeconds: INVITATION_TTL_SECONDS,
    ...(now ? { now } : {}),
  });

export const readInvitationToken = async (token: string, key: Uint8Array, now?: number): Promise<InvitationClaims | undefined> => {
  const claims = await verifyToken('invitation', token, key, now);
  const entity = claims?.['entity'];
  const target = claims?.['target'];
  if (!claims || (entity !== 'group' && entity !== 'organization') || typeof target !== 'string') return undefined;
  return { email: claims.sub, entity, target, jti: claims.jti };
};
