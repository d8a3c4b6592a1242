import { REMOVE_GROUP_REASONS, UPDATE_GROUP_REASONS } from '@integrates/domain';
import { builder } from '../builder/builder';

export const LanguageEnum = builder.enumType('Language', {
  description: 'The language findings are reported in.',
  values: ['EN', 'ES'] as const,
});

export const ServiceTypeEnum = builder.enumType('ServiceType', {
  description: 'Black-box or white-box testing.',
  values: ['BLACK', 'WHITE'] as const,
});

export const SubscriptionTypeEnum = builder.enumType('SubscriptionType', {
  description: 'Continuous hacking or a one-shot test.',
  values: ['CONTINUOUS', 'ONESHOT'] as const,
});

export const TierTypeEnum = builder.enumType('TierType', {
  description: 'The group\'s plan; OTHER (an old custom tier) is stored as FREE.',
  values: ['FREE', 'MACHINE', 'ONESHOT', 'OTHER', 'SQUAD'] as const,
});

export const ManagedTypeEnum = builder.enumType('ManagedType', {
  description: 'How the group\'s billing is managed.',
  values: ['MANAGED', 'NOT_MANAGED', 'TRIAL', 'UNDER_REVIEW'] as const,
});

export const RemoveGroupReasonEnum = builder.enumType('RemoveGroupReason', {
  description: 'Why a group is removed.',
  values: REMOVE_GROUP_REASONS,
});

export const UpdateGroupReasonEnum = builder.enumType('UpdateGroupReason', {
  description: 'Why a group\'s services change (a downgrade needs one).',
  values: UPDATE_GROUP_REASONS,
});
