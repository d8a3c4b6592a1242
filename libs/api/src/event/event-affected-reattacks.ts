import { heldReattacks } from '@integrates/domain';
import type { Event, Vulnerability } from '@integrates/db-model';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';
import { EventType } from './event-type';

// A narrow view of a held vulnerability until the findings-and-vulnerabilities work gives the schema its
// `Vulnerability` type; then this field returns that type instead.
const AffectedReattackType = builder.objectRef<Vulnerability>('AffectedReattack').implement({
  description: 'A vulnerability whose re-attack is on hold behind the event.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    findingId: t.exposeID('findingId'),
    where: t.string({ resolve: (vulnerability) => vulnerability.state.where }),
    specific: t.string({ resolve: (vulnerability) => vulnerability.state.specific }),
    state: t.string({ description: 'VULNERABLE or SAFE.', resolve: (vulnerability) => vulnerability.state.status }),
    verification: t.string({ nullable: true, resolve: (vulnerability) => vulnerability.verification?.status ?? null }),
  }),
});

builder.objectField(EventType, 'affectedReattacks', (t) =>
  t.field({
    type: [AffectedReattackType],
    description: 'The vulnerabilities whose re-attack is on hold behind this event.',
    resolve: (event: Event, _args, context) => heldReattacks(context, event),
  }),
);
