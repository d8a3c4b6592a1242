import type { TrackingEntry, TreatmentSummary, VerificationSummary } from '@integrates/domain';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';

export const TreatmentSummaryType = builder.objectRef<TreatmentSummary>('TreatmentSummary').implement({
  description: 'Open vulnerabilities by treatment.',
  extensions: INHERITED,
  fields: (t) => ({
    untreated: t.exposeInt('untreated'),
    inProgress: t.exposeInt('inProgress'),
    accepted: t.exposeInt('accepted'),
    acceptedUndefined: t.exposeInt('acceptedUndefined'),
  }),
});

export const VerificationSummaryType = builder.objectRef<VerificationSummary>('VerificationSummary').implement({
  description: 'Released vulnerabilities by re-attack status.',
  extensions: INHERITED,
  fields: (t) => ({
    requested: t.exposeInt('requested'),
    onHold: t.exposeInt('onHold'),
    verified: t.exposeInt('verified'),
  }),
});

export const TrackingType = builder.objectRef<TrackingEntry>('Tracking').implement({
  description: 'One day of a finding\'s timeline: open and closed vulnerabilities at its end, and treatments set that day.',
  extensions: INHERITED,
  fields: (t) => ({
    cycle: t.exposeInt('cycle'),
    date: t.exposeString('date', { description: 'YYYY-MM-DD (UTC).' }),
    open: t.exposeInt('open'),
    closed: t.exposeInt('closed'),
    accepted: t.exposeInt('accepted'),
    acceptedUndefined: t.exposeInt('acceptedUndefined'),
    inProgress: t.exposeInt('inProgress'),
  }),
});
