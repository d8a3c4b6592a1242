import { LoginRequiredError } from '@integrates/errors';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';

export interface Me {
  readonly userEmail: string;
  readonly userName: string;
  readonly role: string;
  readonly isConcurrentSession: boolean;
  /** Whether the legal notice was accepted for good (the original's `remember`). */
  readonly remember: boolean;
}

/** The signed-in stakeholder as the API presents it. A session for an unknown user counts as no session. */
export const getMe = async (context: DomainContext): Promise<Me> => {
  const viewer = requireViewer(context);
  const stakeholder = await context.loaders.stakeholder.load(viewer.email);
  if (!stakeholder) throw new LoginRequiredError();
  const userName = [stakeholder.firstName, stakeholder.lastName].filter(Boolean).join(' ');
  return {
    userEmail: stakeholder.email,
    userName,
    role: stakeholder.role ?? 'user',
    isConcurrentSession: stakeholder.isConcurrentSession,
    remember: stakeholder.legalRemember,
  };
};
