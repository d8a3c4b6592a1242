import type { GroupRole, OrganizationRole, UserRole } from '../roles';
import type { ServiceAttribute } from '../service-attributes';

/** One entry of the registry: what the action allows, and which roles of its level hold it. */
export interface ActionSpec<R extends string> {
  /** What the action allows, naming the GraphQL fields and mutations it guards. */
  readonly description: string;
  readonly roles: readonly R[];
}

export type UserActionSpec = ActionSpec<UserRole>;
export type OrganizationActionSpec = ActionSpec<OrganizationRole>;

export interface GroupActionSpec extends ActionSpec<GroupRole> {
  /** Service attributes the group must have, whatever the caller's role (e.g. an active group). */
  readonly requires?: readonly ServiceAttribute[];
}
