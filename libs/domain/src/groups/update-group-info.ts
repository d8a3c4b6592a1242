import { updateGroupMetadata, type Group } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { checkFreeText, checkIntRange, checkLength } from './field-validations';
import { validateDescription } from './group-validations';
import { loadGroup } from './load-group';

export interface UpdateGroupInfoInput {
  readonly groupName: string;
  readonly description: string;
  readonly language: 'EN' | 'ES';
  readonly businessId?: string | undefined;
  readonly businessName?: string | undefined;
  readonly sprintDuration?: number | undefined;
}

/** Changes the group's description, language, business data and sprint length (in weeks, 1 to 10). */
export const updateGroupInfo = async (context: DomainContext, input: UpdateGroupInfoInput): Promise<Group> => {
  checkLength('businessId', input.businessId, { max: 60 });
  checkLength('businessName', input.businessName, { max: 60 });
  checkFreeText(input.businessName);
  validateDescription(input.description);
  checkIntRange('sprintDuration', input.sprintDuration, 1, 10);
  const group = await loadGroup(context, input.groupName);
  const blankToUndefined = (value: string | undefined): string | undefined => (value === undefined ? undefined : value.trim() || undefined);
  const changes = {
    description: input.description.trim(),
    language: input.language,
    ...(input.businessId !== undefined ? { businessId: blankToUndefined(input.businessId) } : {}),
    ...(input.businessName !== undefined ? { businessName: blankToUndefined(input.businessName) } : {}),
    ...(input.sprintDuration !== undefined ? { sprintDuration: input.sprintDuration } : {}),
  };
  const updated = await updateGroupMetadata(group, changes);
  context.loaders.group.clear(group.name);
  audit({ action: 'group.info.update', object: `GROUP#${group.name}`, outcome: 'allowed', details: { ...changes } });
  return updated;
};
