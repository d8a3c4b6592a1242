import { heldReattacks } from '@integrates/domain';
import type { Event } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { VulnerabilityType } from '../vulnerability/vulnerability-type';
import { EventType } from './event-type';

builder.objectField(EventType, 'affectedReattacks', (t) =>
  t.field({
    type: [VulnerabilityType],
    description: 'The vulnerabilities whose re-attack is on hold behind this event.',
    resolve: (event: Event, _args, context) => heldReattacks(context, event),
  }),
);
