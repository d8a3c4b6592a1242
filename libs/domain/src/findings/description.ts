import type { Finding } from '@integrates/db-model';
import { InvalidFieldValueError } from './errors';
import { TEXT_LIMIT, validText } from './fields';

export interface FindingDescriptionInput {
  readonly description: string;
  readonly threat: string;
  readonly recommendation: string;
  readonly attackVectorDescription: string;
  readonly unfulfilledRequirements: readonly string[];
  readonly minTimeToRemediate?: number | null;
}

export type FindingTexts = Pick<Finding, 'description' | 'threat' | 'recommendation' | 'attackVectorDescription'>;

/** The descriptive texts, each 1 to 5,000 characters once trimmed. */
export const validDescription = (input: FindingTexts): FindingTexts => ({
  description: validText('description', input.description, 1, TEXT_LIMIT),
  threat: validText('threat', input.threat, 1, TEXT_LIMIT),
  recommendation: validText('recommendation', input.recommendation, 1, TEXT_LIMIT),
  attackVectorDescription: validText('attackVectorDescription', input.attackVectorDescription, 1, TEXT_LIMIT),
});

/** Minutes a fix is expected to take: a positive whole number (a year at most), or unset. */
export const validMinTimeToRemediate = (value: number | null | undefined): number | undefined => {
  if (value === null || value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > 525_600) {
    throw new InvalidFieldValueError('minTimeToRemediate', 'must be a whole number of minutes from 1 to 525600');
  }
  return value;
};
