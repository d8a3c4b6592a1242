import type { AuthzTarget } from '@integrates/domain';

/**
 * The authorization target named by a `groupName` argument. A name no group can have (group names are
 * letters and digits) names no group, so it is refused like any missing group.
 */
export const groupTarget = (groupName: string | null | undefined): AuthzTarget => {
  const name = groupName?.trim().toLowerCase() ?? '';
  return { groupName: /^[a-z0-9]{1,64}$/.test(name) ? name : undefined };
};

export const byGroupName = (_root: unknown, args: { readonly groupName: string }): AuthzTarget => groupTarget(args.groupName);
