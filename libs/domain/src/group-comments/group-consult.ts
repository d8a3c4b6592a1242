import { addGroupComment } from '@integrates/db-model';
import { audit } from '@integrates/logging';
import type { DomainContext } from '../context/context';
import { checkParent, commentAuthor, consultContent, toConsultView, writeWithNewId, type ConsultView } from './consult-thread';
import { loadGroup } from '../groups/load-group';

/** A group's consulting thread, oldest first. */
export const groupConsulting = async (context: DomainContext, groupName: string): Promise<readonly ConsultView[]> => {
  const group = await loadGroup(context, groupName);
  return (await context.loaders.groupComments.load(group.name)).map(toConsultView);
};

/** Posts to a group's consulting thread; `parentComment` is '0' or a comment of the same thread. */
export const addGroupConsult = async (
  context: DomainContext,
  input: { readonly groupName: string; readonly content: string; readonly parentComment: string },
): Promise<string> => {
  const group = await loadGroup(context, input.groupName);
  const content = consultContent('content', input.content);
  const parentId = checkParent(await context.loaders.groupComments.load(group.name), input.parentComment);
  const author = await commentAuthor(context);
  const commentId = await writeWithNewId((id, creationDate) =>
    addGroupComment({ id, groupName: group.name, parentId, commentType: 'CONSULT', content, creationDate, ...author }),
  );
  context.loaders.groupComments.clear(group.name);
  audit({ action: 'group.consult.add', object: `group:${group.name}`, outcome: 'allowed', details: { commentId, parentId } });
  return commentId;
};
