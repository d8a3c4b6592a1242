import { AccessDeniedError, LoginRequiredError } from '@integrates/errors';
import { findAction, type GroupActionId, type OrganizationActionId, type UserActionId } from './actions/registry';
import { canDo, canDoInGroup, canDoInOrganization, effectiveGroupRole, effectiveOrganizationRole } from './enforcer';
import type { GroupRole, OrganizationRole, UserRole } from './roles';
import { missingAttributes, type ServiceAttribute } from './service-attributes';

/**
 * The authorization rule a GraphQL field or mutation declares. The action's level must match the
 * rule's level: `{ level: 'group', action: 'user.me.read' }` does not type-check.
 */
export type AuthzRule =
  | { readonly level: 'public' }
  | { readonly level: 'authenticated' }
  | { readonly level: 'user'; readonly action: UserActionId }
  | { readonly level: 'organization'; readonly action: OrganizationActionId }
  | {
      readonly level: 'group';
      readonly action: GroupActionId;
      /** Attributes required on top of those the registry already requires for the action. */
      readonly attributes?: readonly ServiceAttribute[];
    };

export type RuleLevel = AuthzRule['level'];

/** Everything a decision depends on, loaded by the caller (the API layer) beforehand. */
export interface AuthzSubject {
  readonly signedIn: boolean;
  readonly userRole?: UserRole | undefined;
  /** The explicit role in the organization the rule is about (organization rules). */
  readonly organizationRole?: OrganizationRole | undefined;
  /** The explicit role in the group the rule is about (group rules). */
  readonly groupRole?: GroupRole | undefined;
  /** The service attributes of the group the rule is about (group rules). */
  readonly groupAttributes?: readonly ServiceAttribute[] | undefined;
}

export type DenialReason = 'LOGIN_REQUIRED' | 'ACCESS_DENIED';

/**
 * A decision. `detail` says why, for the audit log only: clients get "Login required" or
 * "Access denied" and nothing that tells whether the object exists.
 */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: DenialReason; readonly detail: string };

const ALLOW: Decision = { allowed: true };
const deny = (reason: DenialReason, detail: string): Decision => ({ allowed: false, reason, detail });
const roleName = (role: string | undefined): string => role ?? 'no role';

/** The service attributes a group rule needs: the registry's for its action plus the rule's own. */
export const requiredAttributes = (rule: Extract<AuthzRule, { level: 'group' }>): readonly ServiceAttribute[] => {
  const fromRegistry = findAction(rule.action)?.requires ?? [];
  return [...new Set([...fromRegistry, ...(rule.attributes ?? [])])];
};

/** Decides a rule for a subject. Pure: same inputs, same answer, no store. */
export const decide = (rule: AuthzRule, subject: AuthzSubject): Decision => {
  if (rule.level === 'public') return ALLOW;
  if (!subject.signedIn) return deny('LOGIN_REQUIRED', 'not signed in');
  switch (rule.level) {
    case 'authenticated':
      return ALLOW;
    case 'user':
      return canDo('user', subject.userRole, rule.action)
        ? ALLOW
        : deny('ACCESS_DENIED', `user role ${roleName(subject.userRole)} lacks ${rule.action}`);
    case 'organization':
      return canDoInOrganization(subject, rule.action)
        ? ALLOW
        : deny('ACCESS_DENIED', `organization role ${roleName(effectiveOrganizationRole(subject))} lacks ${rule.action}`);
    case 'group': {
      if (!canDoInGroup(subject, rule.action)) {
        return deny('ACCESS_DENIED', `group role ${roleName(effectiveGroupRole(subject))} lacks ${rule.action}`);
      }
      const missing = missingAttributes(requiredAttributes(rule), subject.groupAttributes ?? []);
      return missing.length === 0
        ? ALLOW
        : deny('ACCESS_DENIED', `group lacks service attribute ${missing.join(', ')} for ${rule.action}`);
    }
  }
};

/** Throws the client-facing error of a denial: LoginRequiredError or AccessDeniedError. */
export const assertAllowed = (decision: Decision): void => {
  if (decision.allowed) return;
  throw decision.reason === 'LOGIN_REQUIRED' ? new LoginRequiredError() : new AccessDeniedError();
};
