import { isFluidAttacksEmail, type AuthzRule } from '@integrates/authz';
import { isAllowed } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { FluidStaffAssigneeError, InvalidAssigneeError } from './errors';

const ASSIGN_TO_OTHERS: AuthzRule = { level: 'group', action: 'group.vulnerabilities.assign_to_others' };
const VALID_ASSIGNEE: AuthzRule = { level: 'group', action: 'group.treatment.valid_assignee' };
const ASSIGN_TO_FLUID_STAFF: AuthzRule = { level: 'user', action: 'user.treatment.assign_to_fluid_staff' };

/** Whether `email` (not the caller) holds `rule`: the same enforcer, asked about another stakeholder. */
const stakeholderMay = (context: DomainContext, email: string, rule: AuthzRule, groupName: string): Promise<boolean> =>
  isAllowed({ ...context, viewer: { email, via: 'session', credentialId: 'assignee-check' } }, rule, { groupName });

/**
 * Who a treatment is assigned to, by the original's rules: managers (who may assign to others) may
 * name a registered stakeholder whose group role may be assigned vulnerabilities, and Fluid Attacks
 * staff only if they may assign to staff; everyone else is assigned to themselves.
 */
export const validAssignee = async (context: DomainContext, groupName: string, requested?: string | null): Promise<string> => {
  const self = requireViewer(context).email.toLowerCase();
  const email = requested?.trim().toLowerCase();
  if (!email || email === self || !(await isAllowed(context, ASSIGN_TO_OTHERS, { groupName }))) return self;
  const stakeholder = await context.loaders.stakeholder.load(email);
  if (!stakeholder?.isRegistered || !(await stakeholderMay(context, email, VALID_ASSIGNEE, groupName))) {
    throw new InvalidAssigneeError({ assigned: email });
  }
  if (isFluidAttacksEmail(email) && !(await isAllowed(context, ASSIGN_TO_FLUID_STAFF))) throw new FluidStaffAssigneeError({ assigned: email });
  return email;
};
