import type { Group, Policies } from '@integrates/db-model';
import type { DomainContext } from '../context/context';

/** The policies that bound acceptances, as they apply to one group. */
export interface AcceptancePolicies {
  readonly maxAcceptanceDays?: number;
  readonly maxAcceptanceSeverity: number;
  readonly maxNumberAcceptances?: number;
  readonly minAcceptanceSeverity: number;
}

type Field = 'maxAcceptanceDays' | 'maxAcceptanceSeverity' | 'maxNumberAcceptances' | 'minAcceptanceSeverity';

/**
 * The group's own policy values where it set them, else its organization's, else the original's
 * defaults (severity 0.0 to 10.0, no day or count limit). Read from the stored records.
 */
export const acceptancePolicies = async (context: DomainContext, group: Group): Promise<AcceptancePolicies> => {
  const organization = await context.loaders.organization.load(group.organizationId);
  const pick = (field: Field): number | undefined => {
    const own: Policies | undefined = group.policies;
    return own?.[field] ?? organization?.policies[field];
  };
  const maxAcceptanceDays = pick('maxAcceptanceDays');
  const maxNumberAcceptances = pick('maxNumberAcceptances');
  return {
    ...(maxAcceptanceDays !== undefined ? { maxAcceptanceDays } : {}),
    ...(maxNumberAcceptances !== undefined ? { maxNumberAcceptances } : {}),
    maxAcceptanceSeverity: pick('maxAcceptanceSeverity') ?? 10,
    minAcceptanceSeverity: pick('minAcceptanceSeverity') ?? 0,
  };
};
