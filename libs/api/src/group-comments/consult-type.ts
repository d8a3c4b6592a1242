import type { ConsultView } from '@integrates/domain';
import { builder } from '../builder/builder';
import { INHERITED } from '../builder/authz';

/** A comment of a consulting thread (a group's, an event's or a finding's), guarded by the field that lists it. */
export const ConsultType = builder.objectRef<ConsultView>('Consult').implement({
  description: 'A comment in a consulting thread.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Epoch milliseconds of its creation, as text.' }),
    content: t.exposeString('content'),
    created: t.exposeString('created', { description: 'ISO 8601 UTC.' }),
    email: t.exposeString('email'),
    fullName: t.string({ nullable: true, resolve: (consult) => consult.fullName ?? null }),
    parentComment: t.exposeID('parentComment', { description: '"0" for the first comment of a thread, else the id it answers.' }),
  }),
});

export interface AddConsultPayload {
  readonly success: boolean;
  readonly commentId: string;
}

export const AddConsultPayloadType = builder.objectRef<AddConsultPayload>('AddConsultPayload').implement({
  description: 'The outcome of posting a comment: the new comment\'s id.',
  extensions: INHERITED,
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    commentId: t.exposeID('commentId'),
  }),
});

/** The arguments shared by the mutations that post to a thread. */
export const CONSULT_ARGUMENT_DESCRIPTIONS = {
  content: '1 to 20000 characters (trimmed; blank is refused).',
  parentComment: '"0" to start a thread, else the id of a comment of the same thread.',
} as const;
