import {
  addGroup,
  addGroupTags,
  organizationNamed,
  removeGroup,
  removeGroupTag,
  updateGroup,
  updateGroupInfo,
  type AddGroupInput,
  type UpdateGroupInfoInput,
  type UpdateGroupInput,
} from '@integrates/domain';
import type { Group } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';
import {
  LanguageEnum,
  RemoveGroupReasonEnum,
  ServiceTypeEnum,
  SubscriptionTypeEnum,
  TierTypeEnum,
  UpdateGroupReasonEnum,
} from './group-enums';
import { byGroupName } from './group-target';
import { GroupType } from './group-type';

/** GraphQL gives null for an omitted optional argument; the domain takes undefined. */
type Nullable<T> = { [K in keyof T]: undefined extends T[K] ? Exclude<T[K], undefined> | null | undefined : T[K] };
const present = <T extends object>(args: T): { [K in keyof T]: Exclude<T[K], null> } =>
  Object.fromEntries(Object.entries(args).filter(([, value]) => value !== null)) as { [K in keyof T]: Exclude<T[K], null> };

type AddGroupArgs = Nullable<Omit<AddGroupInput, 'organizationName'> & { readonly organizationName?: string }>;

const SimpleGroupPayloadType = builder.objectRef<{ readonly success: boolean; readonly group: Group }>('SimpleGroupPayload').implement({
  extensions: INHERITED,
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    group: t.field({ type: GroupType, resolve: (payload) => payload.group }),
  }),
});

builder.mutationField('addGroup', (t) =>
  t.field({
    type: SimplePayloadType,
    description:
      'Creates a group in the organization. The name (letters and digits, 4 to 20, stored in lowercase) is unique on the platform; Squad needs Machine. The creator gets access.',
    args: {
      description: t.arg.string({ required: true }),
      groupName: t.arg.string({ required: true }),
      hasMachine: t.arg.boolean({ required: true }),
      hasSquad: t.arg.boolean({ required: true }),
      language: t.arg({ type: LanguageEnum }),
      organizationName: t.arg.string(),
      service: t.arg({ type: ServiceTypeEnum }),
      subscription: t.arg({ type: SubscriptionTypeEnum }),
    },
    ...guarded(
      { level: 'organization', action: 'organization.group.add' },
      async (_root, args: AddGroupArgs, context) => {
        await addGroup(context, { ...present(args), organizationName: args.organizationName ?? '' });
        return SUCCESS;
      },
      async (_root, args: AddGroupArgs, context) => ({
        organizationId: args.organizationName ? (await organizationNamed(context, args.organizationName))?.id : undefined,
      }),
    ),
  }),
);

builder.mutationField('updateGroup', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Changes the group\'s services and subscription. hasAsm false removes the group.',
    args: {
      comments: t.arg.string({ required: true }),
      description: t.arg.string(),
      groupName: t.arg.string({ required: true }),
      hasAsm: t.arg.boolean({ required: true }),
      hasMachine: t.arg.boolean({ required: true }),
      hasSquad: t.arg.boolean({ required: true }),
      language: t.arg({ type: LanguageEnum }),
      reason: t.arg({ type: UpdateGroupReasonEnum, required: true }),
      service: t.arg({ type: ServiceTypeEnum }),
      subscription: t.arg({ type: SubscriptionTypeEnum, required: true }),
      tier: t.arg({ type: TierTypeEnum }),
    },
    ...guarded(
      { level: 'group', action: 'group.update' },
      async (_root, args: Nullable<UpdateGroupInput>, context) => {
        await updateGroup(context, present(args));
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);

builder.mutationField('updateGroupInfo', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Changes the group\'s description, language, business data and sprint length (weeks, 1 to 10).',
    args: {
      businessId: t.arg.string(),
      businessName: t.arg.string(),
      description: t.arg.string({ required: true }),
      groupName: t.arg.string({ required: true }),
      language: t.arg({ type: LanguageEnum, required: true }),
      sprintDuration: t.arg.int(),
    },
    ...guarded(
      { level: 'group', action: 'group.info.update' },
      async (_root, args: Nullable<UpdateGroupInfoInput>, context) => {
        await updateGroupInfo(context, present(args));
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);

builder.mutationField('removeGroup', (t) =>
  t.field({
    type: SimplePayloadType,
    description:
      'Removes the group: it becomes DELETED, its findings and vulnerabilities MASKED, its roots inactive and its accesses removed. Nothing is erased; the history stays.',
    args: {
      groupName: t.arg.string({ required: true }),
      comments: t.arg.string(),
      reason: t.arg({ type: RemoveGroupReasonEnum, required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.remove' },
      async (_root, args: { groupName: string; reason: string; comments?: string | null }, context) => {
        await removeGroup(context, { groupName: args.groupName, reason: args.reason, comments: args.comments ?? undefined });
        return SUCCESS;
      },
      byGroupName,
    ),
  }),
);

builder.mutationField('addGroupTags', (t) =>
  t.field({
    type: SimpleGroupPayloadType,
    description: 'Adds portfolio tags (lowercase words joined by hyphens) to the group.',
    args: {
      groupName: t.arg.string({ required: true }),
      tagsData: t.arg.stringList({ required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.tags.add' },
      async (_root, args: { groupName: string; tagsData: readonly string[] }, context) => ({
        success: true,
        group: await addGroupTags(context, args.groupName, args.tagsData),
      }),
      byGroupName,
    ),
  }),
);

builder.mutationField('removeGroupTag', (t) =>
  t.field({
    type: SimpleGroupPayloadType,
    description: 'Removes a portfolio tag from the group.',
    args: {
      groupName: t.arg.string({ required: true }),
      tag: t.arg.string({ required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.tags.remove' },
      async (_root, args: { groupName: string; tag: string }, context) => ({
        success: true,
        group: await removeGroupTag(context, args.groupName, args.tag),
      }),
      byGroupName,
    ),
  }),
);
