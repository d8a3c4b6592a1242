import { nextModifiedDate, updateGroupState, type Group } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { InvalidCharError, RepeatedValuesError } from './field-errors';
import { TagNotFoundError } from './group-errors';
import { loadGroup } from './load-group';

/** Lowercase words of letters and digits joined by single hyphens: `front-end`, `pci2024`. */
const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const withTags = async (context: DomainContext, group: Group, tags: readonly string[]): Promise<Group> => {
  const viewer = requireViewer(context);
  const { justification: _justification, ...state } = group.state;
  const updated = await updateGroupState(group, {
    ...state,
    tags,
    modifiedBy: viewer.email,
    modifiedDate: nextModifiedDate(group.state.modifiedDate),
  });
  context.loaders.group.clear(group.name);
  return updated;
};

/** Adds portfolio tags to the group; a tag given twice, or already there, is refused. */
export const addGroupTags = async (context: DomainContext, groupName: string, tags: readonly string[]): Promise<Group> => {
  const given = tags.map((tag) => tag.trim());
  if (given.length === 0) throw new InvalidCharError('tags');
  const invalid = given.find((tag) => !TAG.test(tag));
  if (invalid !== undefined) throw new InvalidCharError('tags');
  const group = await loadGroup(context, groupName);
  const existing = group.state.tags ?? [];
  if (new Set(given).size !== given.length || given.some((tag) => existing.includes(tag))) throw new RepeatedValuesError();
  const updated = await withTags(context, group, [...existing, ...given]);
  audit({ action: 'group.tags.add', object: `GROUP#${group.name}`, outcome: 'allowed', details: { tags: given.join(',') } });
  return updated;
};

export const removeGroupTag = async (context: DomainContext, groupName: string, tag: string): Promise<Group> => {
  const group = await loadGroup(context, groupName);
  const existing = group.state.tags ?? [];
  if (!existing.includes(tag)) throw new TagNotFoundError();
  const updated = await withTags(context, group, existing.filter((current) => current !== tag));
  audit({ action: 'group.tags.remove', object: `GROUP#${group.name}`, outcome: 'allowed', details: { tag } });
  return updated;
};
