import { accessHistory, type StakeholderView } from '@integrates/domain';
import type { AccessState } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';
import { InvitationStateEnum } from './stakeholder-enums';

/** One past (or the current) state of a member's access. The invitation link itself is never shown. */
export const AccessChangeType = builder.objectRef<AccessState>('AccessChange').implement({
  description: 'A state of a stakeholder\'s access to a group or an organization.',
  extensions: INHERITED,
  fields: (t) => ({
    hasAccess: t.exposeBoolean('hasAccess'),
    role: t.string({ nullable: true, resolve: (state) => state.role ?? null }),
    responsibility: t.string({ nullable: true, resolve: (state) => state.responsibility ?? null }),
    invitedRole: t.string({ nullable: true, description: 'The role an invitation offered.', resolve: (state) => state.invitation?.role ?? null }),
    invitationUsed: t.boolean({ nullable: true, resolve: (state) => state.invitation?.isUsed ?? null }),
    modifiedBy: t.exposeString('modifiedBy'),
    modifiedDate: t.exposeString('modifiedDate'),
  }),
});

export const StakeholderType = builder.objectRef<StakeholderView>('Stakeholder').implement({
  description: 'A stakeholder as a member (or invitee) of one group or organization.',
  extensions: INHERITED,
  fields: (t) => ({
    email: t.exposeString('email'),
    role: t.string({ nullable: true, description: 'The role here (the invited one while pending).', resolve: (view) => view.role ?? null }),
    responsibility: t.string({ nullable: true, resolve: (view) => view.responsibility ?? null }),
    invitationState: t.field({ type: InvitationStateEnum, resolve: (view) => view.invitationState }),
    firstLogin: t.string({ nullable: true, description: 'When they first signed in (ISO date).', resolve: (view) => view.firstLogin ?? null }),
    lastLogin: t.string({ nullable: true, description: 'When they last signed in (ISO date).', resolve: (view) => view.lastLogin ?? null }),
    historicAccess: t.field({
      type: [AccessChangeType],
      description: 'The access\'s states over time, oldest first, ending with the current one.',
      resolve: (view, _args, context) => accessHistory(context, view),
    }),
  }),
});
