import { EVENT_SOLUTION_REASONS, EVENT_STATUSES, EVENT_TYPES } from '@integrates/domain';
import { builder } from '../builder/builder';

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'What stops the security team from testing.',
  values: EVENT_TYPES,
});

export const EventStatusEnum = builder.enumType('EventStatus', {
  description: 'OPEN when it began (history only), CREATED when reported, VERIFICATION_REQUESTED, SOLVED.',
  values: EVENT_STATUSES,
});

export const EventSolutionReasonEnum = builder.enumType('EventSolutionReason', {
  description: 'Why an event was solved; each event type allows some of them.',
  values: EVENT_SOLUTION_REASONS,
});
