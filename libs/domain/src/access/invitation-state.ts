import type { AccessState, Stakeholder } from '@integrates/db-model';

export type InvitationState = 'PENDING' | 'UNREGISTERED' | 'REGISTERED';

/**
 * The original's format_invitation_state: an invitation not yet answered is PENDING; an accepted one
 * whose stakeholder never signed in is UNREGISTERED; otherwise REGISTERED.
 */
export const invitationState = (state: AccessState, stakeholder: Stakeholder | undefined): InvitationState => {
  if (state.invitation && !state.invitation.isUsed) return 'PENDING';
  return stakeholder?.isRegistered ? 'REGISTERED' : 'UNREGISTERED';
};

/** The role an access shows: the invited one while the invitation is pending. */
export const accessRole = (state: AccessState): string | undefined =>
  state.invitation && !state.invitation.isUsed ? state.invitation.role : state.role;
