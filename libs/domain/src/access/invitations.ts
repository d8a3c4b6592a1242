import { userRoleForFirstAccess } from '@integrates/authz';
import { addStakeholder, AlreadyExistsError, type AccessState, type Dataloaders } from '@integrates/db-model';
import { createInvitationToken, INVITATION_TTL_SECONDS } from '@integrates/sessions';
import { RequestedInvitationTooSoonError } from './access-errors';

/** New invitations to the same person for the same group or organization are at least a minute apart. */
export const checkInvitationSpacing = (state: AccessState | undefined, now: number = Date.now()): void => {
  if (!state?.expirationTime) return;
  const sentAt = (state.expirationTime - INVITATION_TTL_SECONDS) * 1000;
  if (now - sentAt < 60_000) throw new RequestedInvitationTooSoonError();
};

/**
 * An invitee the platform does not know yet gets a stakeholder record, not registered (so the
 * invitation shows UNREGISTERED once accepted, until they sign in), with the user-level role they would
 * get at their first access.
 */
export const ensureInvitee = async (loaders: Dataloaders, email: string): Promise<void> => {
  if (await loaders.stakeholder.load(email)) return;
  try {
    await addStakeholder({
      email,
      role: userRoleForFirstAccess({ email }),
      enrolled: false,
      isRegistered: false,
      isConcurrentSession: false,
      legalRemember: false,
    });
  } catch (error) {
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
  loaders.stakeholder.clear(email);
};

/** The pending state of an access: no access yet, a signed one-week link, the role it will give. */
export const pendingInvitation = async (
  request: {
    readonly entity: 'group' | 'organization';
    readonly target: string;
    readonly email: string;
    readonly role: string;
    readonly responsibility?: string | undefined;
    readonly by: string;
    readonly modifiedDate: string;
  },
  signingKey: Uint8Array,
): Promise<AccessState> => {
  const { token, exp } = await createInvitationToken({ email: request.email, entity: request.entity, target: request.target }, signingKey);
  return {
    hasAccess: false,
    ...(request.responsibility ? { responsibility: request.responsibility } : {}),
    invitation: {
      isUsed: false,
      role: request.role,
      urlToken: token,
      ...(request.responsibility ? { responsibility: request.responsibility } : {}),
    },
    expirationTime: exp,
    modifiedBy: request.by,
    modifiedDate: request.modifiedDate,
  };
};
