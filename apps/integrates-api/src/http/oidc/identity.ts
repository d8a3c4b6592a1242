import type { Profile } from '@integrates/domain';

const EMAIL = /^[^\s@#]{1,64}@[^\s@#]{1,255}$/;
const MAX_NAME_LENGTH = 100;

export type Identity =
  | { readonly ok: true; readonly email: string; readonly profile: Profile }
  | { readonly ok: false; readonly reason: string; readonly message: string };

const nameOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const name = value.trim().slice(0, MAX_NAME_LENGTH);
  return name === '' ? undefined : name;
};

/** Some providers send booleans as strings. */
const isFalse = (value: unknown): boolean => value === false || value === 'false';

/**
 * Who the provider says signed in: an email it has verified (when it says whether it has), and the
 * names it shares. Claims come from the ID token and, when the provider has one, its userinfo endpoint.
 */
export const identityFrom = (claims: Readonly<Record<string, unknown>>): Identity => {
  const email = typeof claims['email'] === 'string' ? claims['email'].trim().toLowerCase() : '';
  if (!EMAIL.test(email)) {
    return {
      ok: false,
      reason: 'no email',
      message: 'The identity provider did not share a valid email address for this account, so it cannot be used to sign in.',
    };
  }
  if (isFalse(claims['email_verified'])) {
    return {
      ok: false,
      reason: 'email not verified',
      message: `The identity provider has not verified the email address ${email}; verify it there, then sign in again.`,
    };
  }
  const firstName = nameOf(claims['given_name']);
  const lastName = nameOf(claims['family_name']);
  return { ok: true, email, profile: { ...(firstName ? { firstName } : {}), ...(lastName ? { lastName } : {}) } };
};
