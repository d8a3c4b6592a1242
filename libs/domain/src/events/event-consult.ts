import { addEventComment, type Event } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { checkParent, commentAuthor, consultContent, toConsultView, writeWithNewId, type ConsultView } from '../group-comments/consult-thread';
import { loadEvent } from './load-event';

const threadKey = (event: Event) => ({ eventId: event.id, groupName: event.groupName });

export const eventConsulting = async (context: DomainContext, event: Event): Promise<readonly ConsultView[]> =>
  (await context.loaders.eventComments.load(threadKey(event))).map(toConsultView);

/** Writes a comment into the event's thread under `parentComment` ('0' or one of its comments). */
export const postEventComment = async (
  context: DomainContext,
  event: Event,
  field: string,
  text: string,
  parentComment: string,
): Promise<string> => {
  const content = consultContent(field, text);
  const parentId = checkParent(await context.loaders.eventComments.load(threadKey(event)), parentComment);
  const author = await commentAuthor(context);
  const commentId = await writeWithNewId((id, creationDate) =>
    addEventComment({ id, eventId: event.id, groupName: event.groupName, parentId, commentType: 'CONSULT', content, creationDate, ...author }),
  );
  context.loaders.eventComments.clear(threadKey(event));
  return commentId;
};

export const addEventConsult = async (
  context: DomainContext,
  input: { readonly eventId: string; readonly groupName: string; readonly content: string; readonly parentComment: string },
): Promise<string> => {
  const event = await loadEvent(context, input.groupName, input.eventId);
  const commentId = await postEventComment(context, event, 'content', input.content, input.parentComment);
  audit({ action: 'event.consult.add', object: `event:${event.id}`, outcome: 'allowed', details: { groupName: event.groupName, commentId } });
  return commentId;
};
