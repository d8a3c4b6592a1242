import { randomUUID } from 'node:crypto';
import { addRoot, getGroupRoots, isoNow, type Group, type Root } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { InvalidParameterError } from '../groups/field-errors';
import { checkSanitizedCsv } from '../groups/field-validations';
import { groupServiceAttributes } from '../authorization/authorize';
import { loadGroup } from '../groups/load-group';
import { validateBranch, validateGitUrl } from './root-locations';
import { checkGitignore, checkLocationUnique, checkNicknameUnique, clearRootLoaders, nicknameFromUrl, validateNickname } from './root-rules';
import { PermissionDeniedError } from './root-errors';

export interface GitRootInput {
  readonly groupName: string;
  readonly url: string;
  readonly branch: string;
  readonly environment: string;
  readonly gitignore: readonly string[];
  readonly includesHealthCheck: boolean;
  readonly nickname?: string | undefined;
  readonly useVpn?: boolean | undefined;
}

export interface ValidatedGitRoot {
  readonly url: string;
  readonly branch: string;
  readonly environment: string;
  readonly gitignore: readonly string[];
  readonly includesHealthCheck: boolean;
  readonly nickname: string;
  readonly useVpn: boolean;
}

/** The checks shared by adding and updating a git root, in the original's order. */
export const validateGitRoot = async (
  context: DomainContext,
  input: GitRootInput,
): Promise<{ readonly group: Group; readonly validated: ValidatedGitRoot }> => {
  const environment = input.environment.trim();
  if (!environment) throw new InvalidParameterError('environment');
  checkSanitizedCsv('environment', environment);
  const url = validateGitUrl(input.url);
  const branch = validateBranch(input.branch);
  const nickname = input.nickname?.trim() ? validateNickname(input.nickname) : nicknameFromUrl(url);
  const group = await loadGroup(context, input.groupName);
  if (input.includesHealthCheck && !groupServiceAttributes(group).includes('has_squad')) {
    throw new PermissionDeniedError('a health check needs the Squad service');
  }
  checkGitignore(input.gitignore, url);
  return {
    group,
    validated: { url, branch, environment, gitignore: input.gitignore, includesHealthCheck: input.includesHealthCheck, nickname, useVpn: input.useVpn ?? false },
  };
};

/** Adds a git repository to the group's scope; returns the new root's id. */
export const addGitRoot = async (context: DomainContext, input: GitRootInput): Promise<string> => {
  const viewer = requireViewer(context);
  const { group, validated } = await validateGitRoot(context, input);
  await checkLocationUnique(group, { git: { url: validated.url, branch: validated.branch } }, { includeInactive: true });
  checkNicknameUnique(validated.nickname, await getGroupRoots(group.name));
  const now = isoNow();
  const root: Root = {
    id: randomUUID(),
    groupName: group.name,
    organizationName: group.organizationName,
    type: 'Git',
    createdBy: viewer.email,
    createdDate: now,
    state: { status: 'ACTIVE', ...validated, modifiedBy: viewer.email, modifiedDate: now },
  };
  await addRoot(root);
  clearRootLoaders(context, root);
  audit({ action: 'root.add', object: `ROOT#${root.id}`, outcome: 'allowed', details: { group: group.name, type: 'Git', nickname: validated.nickname } });
  return root.id;
};
