import { addGroupConsult, groupConsulting } from '@integrates/domain';
import type { Group } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { GroupType } from '../group/group-type';
import { AddConsultPayloadType, CONSULT_ARGUMENT_DESCRIPTIONS, ConsultType } from './consult-type';

builder.objectField(GroupType, 'consulting', (t) =>
  t.field({
    type: [ConsultType],
    description: 'The group\'s consulting thread, oldest first.',
    ...guarded(
      { level: 'group', action: 'group.consulting.read' },
      (group: Group, _args, context) => groupConsulting(context, group.name),
      (group: Group) => ({ groupName: group.name }),
    ),
  }),
);

interface AddGroupConsultArgs {
  readonly groupName: string;
  readonly content: string;
  readonly parentComment: string;
}

builder.mutationField('addGroupConsult', (t) =>
  t.field({
    type: AddConsultPayloadType,
    description: 'Posts a comment to the group\'s consulting thread.',
    args: {
      groupName: t.arg.string({ required: true }),
      content: t.arg.string({ required: true, description: CONSULT_ARGUMENT_DESCRIPTIONS.content }),
      parentComment: t.arg.id({ required: true, description: CONSULT_ARGUMENT_DESCRIPTIONS.parentComment }),
    },
    ...guarded(
      { level: 'group', action: 'group.post_consult' },
      async (_root, args: AddGroupConsultArgs, context) => ({
        success: true,
        commentId: await addGroupConsult(context, { ...args, parentComment: String(args.parentComment) }),
      }),
      (_root, args: AddGroupConsultArgs) => ({ groupName: args.groupName.trim().toLowerCase() }),
    ),
  }),
);
