import { LEVELS, type Level, type RoleOf } from '../roles';
import type { ServiceAttribute } from '../service-attributes';
import { GROUP_ACTIONS } from './group-actions';
import { ORGANIZATION_ACTIONS } from './organization-actions';
import { USER_ACTIONS } from './user-actions';

export type UserActionId = keyof typeof USER_ACTIONS;
export type OrganizationActionId = keyof typeof ORGANIZATION_ACTIONS;
export type GroupActionId = keyof typeof GROUP_ACTIONS;
/** Every action id; a string that is not in the registry does not type-check. */
export type ActionId = UserActionId | OrganizationActionId | GroupActionId;

export type ActionIdOf<L extends Level> = L extends 'user'
  ? UserActionId
  : L extends 'organization'
    ? OrganizationActionId
    : GroupActionId;

/** One registry entry with its id and level, in a shape that is the same for every level. */
export interface ActionEntry<L extends Level = Level> {
  readonly id: ActionIdOf<L>;
  readonly level: L;
  readonly description: string;
  readonly roles: readonly RoleOf<L>[];
  /** Service attributes the group must have (group level only; empty elsewhere). */
  readonly requires: readonly ServiceAttribute[];
}

const TABLES: { readonly [L in Level]: Readonly<Record<string, { description: string; roles: readonly string[] }>> } = {
  user: USER_ACTIONS,
  organization: ORGANIZATION_ACTIONS,
  group: GROUP_ACTIONS,
};

// Code-unit order, not locale order, so that the generated matrix is the same on every machine.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const toEntries = <L extends Level>(level: L): readonly ActionEntry<L>[] =>
  Object.entries(TABLES[level])
    .map(([id, spec]) => ({
      id: id as ActionIdOf<L>,
      level,
      description: spec.description,
      roles: spec.roles as readonly RoleOf<L>[],
      requires: 'requires' in spec ? (spec.requires as readonly ServiceAttribute[]) : [],
    }))
    .sort((a, b) => byCodeUnits(a.id, b.id));

/** The registry, level by level, each sorted by id. */
export const ACTIONS_BY_LEVEL: { readonly [L in Level]: readonly ActionEntry<L>[] } = {
  user: toEntries('user'),
  organization: toEntries('organization'),
  group: toEntries('group'),
};

/** Every action of every level: user, then organization, then group, each sorted by id. */
export const ACTIONS: readonly ActionEntry[] = LEVELS.flatMap((level): readonly ActionEntry[] => ACTIONS_BY_LEVEL[level]);

const BY_ID: ReadonlyMap<string, ActionEntry> = new Map(ACTIONS.map((entry) => [entry.id, entry]));

/** The entry of an action id, or undefined for a string that is not one (e.g. from untyped input). */
export const findAction = (id: string): ActionEntry | undefined => BY_ID.get(id);

export const isActionId = (value: unknown): value is ActionId => typeof value === 'string' && BY_ID.has(value);
