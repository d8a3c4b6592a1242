import { addStakeholder, AlreadyExistsError, isoNow, revokeSessionToken, updateStakeholder, type Dataloaders, type Stakeholder } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import { createSessionToken } from '@integrates/sessions';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';

export interface Profile {
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
}

/** Unknown users are enrolled with the user-level role `user`, as in the original. */
const enroll = async (email: string, profile: Profile, now: string, loaders: Dataloaders): Promise<Stakeholder> => {
  const stakeholder: Stakeholder = {
    email,
    ...(profile.firstName ? { firstName: profile.firstName } : {}),
    ...(profile.lastName ? { lastName: profile.lastName } : {}),
    role: 'user',
    enrolled: true,
    isRegistered: true,
    isConcurrentSession: false,
    legalRemember: false,
    registrationDate: now,
  };
  try {
    await addStakeholder(stakeholder);
    return stakeholder;
  } catch (error) {
    // Two first sign-ins raced: the other one enrolled the user.
    if (!(error instanceof AlreadyExistsError)) throw error;
    loaders.stakeholder.clear(email);
    const enrolled = await loaders.stakeholder.load(email);
    if (!enrolled) throw error;
    return enrolled;
  }
};

/**
 * Signs a stakeholder in: records the new session id on the stakeholder (so the previous session stops
 * working: newest wins), flags a concurrent session when a valid one existed, and returns the token.
 */
export const startWebSession = async (
  email: string,
  profile: Profile,
  key: Uint8Array,
  loaders: Dataloaders,
  options: { readonly enrollUnknown: boolean; readonly method?: string },
): Promise<{ token: string; stakeholder: Stakeholder } | undefined> => {
  const normalized = email.trim().toLowerCase();
  const now = isoNow();
  const existing = await loaders.stakeholder.load(normalized);
  if (!existing && !options.enrollUnknown) return undefined;
  const current = existing ?? (await enroll(normalized, profile, now, loaders));
  const session = await createSessionToken(current.email, key);
  const hadSession = current.sessionToken?.state === 'IS_VALID';
  const updated = await updateStakeholder(current, {
    sessionToken: { jti: session.jti, state: 'IS_VALID', issuedAt: now },
    isConcurrentSession: current.isConcurrentSession || hadSession,
    lastLoginDate: now,
    isRegistered: true,
    ...(current.registrationDate ? {} : { registrationDate: now }),
    ...(profile.firstName && !current.firstName ? { firstName: profile.firstName } : {}),
    ...(profile.lastName && !current.lastName ? { lastName: profile.lastName } : {}),
  });
  loaders.stakeholder.clear(normalized);
  audit({ actor: current.email, action: 'session.sign_in', object: `USER#${current.email}`, outcome: 'allowed', details: { method: options.method ?? 'unknown', enrolled: !existing, concurrent: hadSession } });
  return { token: session.token, stakeholder: updated };
};

/** Revokes the session named by `jti`, if it is still the stakeholder's current one. */
export const endWebSession = async (email: string, jti: string, loaders: Dataloaders): Promise<void> => {
  const stakeholder = await loaders.stakeholder.load(email);
  if (!stakeholder?.sessionToken || stakeholder.sessionToken.jti !== jti) return;
  // Conditional: a sign-in that replaced this session since the read keeps its newer one.
  const revoked = await revokeSessionToken(stakeholder.email, jti);
  loaders.stakeholder.clear(email);
  if (!revoked) return;
  audit({ actor: email, action: 'session.sign_out', object: `USER#${email}`, outcome: 'allowed' });
};

/** Clears the concurrent-session flag once the user has seen the warning. */
export const acknowledgeConcurrentSession = async (context: DomainContext): Promise<void> => {
  const viewer = requireViewer(context);
  const stakeholder = await context.loaders.stakeholder.load(viewer.email);
  if (!stakeholder) return;
  await updateStakeholder(stakeholder, { isConcurrentSession: false });
  context.loaders.stakeholder.clear(viewer.email);
  audit({ action: 'session.acknowledge_concurrent', object: `USER#${viewer.email}`, outcome: 'allowed' });
};
