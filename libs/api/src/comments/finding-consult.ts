import { addFindingConsult, findingConsulting, findingObservations, toConsultView, type FindingConsultKind as ConsultKind } from '@integrates/domain';
import type { Finding } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { FindingType } from '../finding/finding-type';
import { AddConsultPayloadType, ConsultType, CONSULT_ARGUMENT_DESCRIPTIONS } from '../group-comments/consult-type';
import { byFindingId, ownGroup } from '../vulnerability/targets';

const ConsultKindEnum = builder.enumType('FindingConsultType', {
  description: 'CONSULT: the customer-visible thread; OBSERVATION: the internal one.',
  values: ['CONSULT', 'OBSERVATION'] as const,
});

builder.objectFields(FindingType, (t) => ({
  consulting: t.field({
    type: [ConsultType],
    description: 'The customer-visible thread (consults, re-attack and zero-risk justifications), oldest first.',
    ...guarded(
      { level: 'group', action: 'group.consulting.read' },
      async (finding: Finding, _args, context) => (await findingConsulting(context, finding)).map(toConsultView),
      ownGroup,
    ),
  }),
  observations: t.field({
    type: [ConsultType],
    description: 'The internal thread, for the roles that may read it.',
    ...guarded(
      { level: 'group', action: 'group.observations.read' },
      async (finding: Finding, _args, context) => (await findingObservations(context, finding)).map(toConsultView),
      ownGroup,
    ),
  }),
}));

builder.mutationField('addFindingConsult', (t) =>
  t.field({
    type: AddConsultPayloadType,
    description: 'Posts to a finding\'s customer-visible thread (CONSULT) or, for the roles that may, its internal one (OBSERVATION).',
    args: {
      findingId: t.arg.string({ required: true }),
      content: t.arg.string({ required: true, description: CONSULT_ARGUMENT_DESCRIPTIONS.content }),
      parentComment: t.arg.string({ required: true, description: CONSULT_ARGUMENT_DESCRIPTIONS.parentComment }),
      type: t.arg({ type: ConsultKindEnum, required: true }),
    },
    ...guarded(
      { level: 'group', action: 'group.finding.post_consult' },
      async (_root, args: { findingId: string; content: string; parentComment: string; type: ConsultKind }, context) => ({
        success: true,
        commentId: (await addFindingConsult(context, args)).id,
      }),
      byFindingId,
    ),
  }),
);
