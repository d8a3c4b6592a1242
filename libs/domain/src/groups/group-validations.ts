import { InvalidFieldError, InvalidParameterError } from './field-errors';
import { checkFreeText, checkLength } from './field-validations';
import { InvalidGroupServicesConfigError } from './group-errors';

/** Letters and digits only, 4 to 20 of them (the original's validate_group_name and length check). */
export const validateGroupName = (name: string): string => {
  const trimmed = name.trim();
  if (!/^[a-zA-Z0-9]+$/.test(trimmed)) throw new InvalidFieldError('group name');
  checkLength('groupName', trimmed, { min: 4, max: 20 });
  return trimmed.toLowerCase();
};

/** Required text of at most 200 characters. */
export const validateDescription = (description: string): void => {
  if (!description.trim()) throw new InvalidParameterError('description');
  checkFreeText(description);
  checkLength('description', description, { max: 200 });
};

/** Observations sent with a change of services or a removal. */
export const validateComments = (comments: string | undefined): void => {
  checkFreeText(comments);
  checkLength('comments', comments, { max: 250 });
};

/** Squad needs ASM and Machine (the original's validate_group_services_config). */
export const validateServices = (services: { readonly hasAsm: boolean; readonly hasMachine: boolean; readonly hasSquad: boolean }): void => {
  if (!services.hasSquad) return;
  if (!services.hasAsm) throw new InvalidGroupServicesConfigError('Squad is only available when ASM is too');
  if (!services.hasMachine) throw new InvalidGroupServicesConfigError('Squad is only available when Machine is too');
};
