import { getOrganizationRoots, type Group, type Root } from '@integrates/db-model';
import { InvalidCharError } from '../groups/field-errors';
import { checkSanitizedCsv } from '../groups/field-validations';
import type { DomainContext } from '../context/context';
import { comparableGitUrl, repositoryName, type UrlLocation } from './root-locations';
import { InvalidRootExclusionError, RepeatedRootError, RepeatedRootNicknameError, RootNotFoundError } from './root-errors';

const NICKNAME = /^[a-zA-Z_0-9-]{1,128}$/;

/** Letters, digits, `_` and `-`, 1 to 128 of them, and nothing a spreadsheet would run. */
export const validateNickname = (nickname: string): string => {
  const trimmed = nickname.trim();
  checkSanitizedCsv('nickname', trimmed);
  if (!NICKNAME.test(trimmed)) throw new InvalidCharError('nickname');
  return trimmed;
};

/** A git root without a nickname is called after its repository. */
export const nicknameFromUrl = (url: string): string => repositoryName(url).replace(/[^a-zA-Z_0-9-]/g, '_').slice(0, 128) || 'root';

/** Nicknames are unique within a group, whatever the roots' state. */
export const checkNicknameUnique = (nickname: string, groupRoots: readonly Root[], exceptRootId?: string): void => {
  if (groupRoots.some((root) => root.id !== exceptRootId && root.state.nickname.toLowerCase() === nickname.toLowerCase())) {
    throw new RepeatedRootNicknameError();
  }
};

/** Git patterns to exclude must be relative to the repository, not start with its name. */
export const checkGitignore = (patterns: readonly string[], url: string): void => {
  const name = repositoryName(url).toLowerCase();
  if (patterns.some((pattern) => pattern.toLowerCase().split('/')[0] === name)) throw new InvalidRootExclusionError();
};

/** Roots of a removed group do not count when checking for repeated roots. */
const counts = (root: Root, includeInactive: boolean): boolean =>
  (includeInactive || root.state.status === 'ACTIVE') && root.state.reason !== 'GROUP_DELETED';

export interface RootLocation {
  readonly git?: { readonly url: string; readonly branch: string };
  readonly address?: string;
  readonly url?: UrlLocation;
}

const sameLocation = (root: Root, location: RootLocation, groupName: string): boolean => {
  if (location.git && root.type === 'Git' && root.state.url) {
    const sameUrl = comparableGitUrl(root.state.url) === comparableGitUrl(location.git.url);
    return sameUrl && (root.groupName === groupName || root.state.branch === location.git.branch);
  }
  if (location.address !== undefined && root.type === 'IP') return root.state.address === location.address;
  if (location.url && root.type === 'URL') {
    const { host, path, port, protocol, query } = location.url;
    return root.state.host === host && root.state.path === path && root.state.port === port && root.state.protocol === protocol && root.state.query === query;
  }
  return false;
};

/**
 * The original's uniqueness rules: in a continuous group a location may be registered once in the whole
 * organization (a git URL once per branch, and once per group); in a one-shot group, once in the group.
 */
export const checkLocationUnique = async (
  group: Group,
  location: RootLocation,
  options: { readonly includeInactive: boolean; readonly exceptRootId?: string },
): Promise<void> => {
  const roots = await getOrganizationRoots(group.organizationName);
  const scope = group.state.type === 'CONTINUOUS' ? roots : roots.filter((root) => root.groupName === group.name);
  const repeated = scope.some(
    (root) => root.id !== options.exceptRootId && counts(root, options.includeInactive) && sameLocation(root, location, group.name),
  );
  if (repeated) throw new RepeatedRootError();
};

export const locationOf = (root: Root): RootLocation => {
  if (root.type === 'Git') return { git: { url: root.state.url ?? '', branch: root.state.branch ?? '' } };
  if (root.type === 'IP') return { address: root.state.address ?? '' };
  return {
    url: {
      host: root.state.host ?? '',
      path: root.state.path ?? '/',
      port: root.state.port ?? 0,
      protocol: root.state.protocol === 'HTTP' ? 'HTTP' : 'HTTPS',
      ...(root.state.query ? { query: root.state.query } : {}),
    },
  };
};

/** A root of the group; a missing one says only "Access denied or root not found". */
export const loadRoot = async (context: DomainContext, groupName: string, rootId: string): Promise<Root> => {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(rootId)) throw new RootNotFoundError();
  const root = await context.loaders.root.load({ id: rootId, groupName: groupName.toLowerCase() });
  if (!root) throw new RootNotFoundError();
  return root;
};

export const clearRootLoaders = (context: DomainContext, root: Pick<Root, 'id' | 'groupName'>): void => {
  context.loaders.root.clear({ id: root.id, groupName: root.groupName });
  context.loaders.groupRoots.clear(root.groupName);
  context.loaders.rootHistoricState.clearAll();
};
