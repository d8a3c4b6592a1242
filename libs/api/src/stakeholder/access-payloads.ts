import type { StakeholderView } from '@integrates/domain';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';
import { StakeholderType } from './stakeholder-type';

export const GrantStakeholderAccessPayloadType = builder
  .objectRef<{ readonly success: boolean; readonly grantedStakeholder: StakeholderView }>('GrantStakeholderAccessPayload')
  .implement({
    description: 'The invitee, with the pending invitation.',
    extensions: INHERITED,
    fields: (t) => ({
      success: t.exposeBoolean('success'),
      grantedStakeholder: t.field({ type: StakeholderType, resolve: (payload) => payload.grantedStakeholder }),
    }),
  });

export const UpdateStakeholderPayloadType = builder
  .objectRef<{ readonly success: boolean; readonly modifiedStakeholder: StakeholderView }>('UpdateStakeholderPayload')
  .implement({
    extensions: INHERITED,
    fields: (t) => ({
      success: t.exposeBoolean('success'),
      modifiedStakeholder: t.field({ type: StakeholderType, resolve: (payload) => payload.modifiedStakeholder }),
    }),
  });

export const RemoveStakeholderAccessPayloadType = builder
  .objectRef<{ readonly success: boolean; readonly removedEmail: string }>('RemoveStakeholderAccessPayload')
  .implement({
    extensions: INHERITED,
    fields: (t) => ({
      success: t.exposeBoolean('success'),
      removedEmail: t.exposeString('removedEmail'),
    }),
  });
