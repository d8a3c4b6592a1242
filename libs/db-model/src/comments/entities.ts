import { Entity, item, string } from 'dynamodb-toolbox';
import { AlreadyExistsError } from '../model/errors';
import { defineFacet, type Facet } from '../model/facet';
import { keyPart } from '../model/keys';
import { queryAll } from '../model/lookups';
import { ConditionFailed, putItem } from '../store/operations';
import { table } from '../table/table';
import type { EventComment, FindingComment, GroupComment } from './types';

const commentAttributes = {
  id: string().key(),
  parent_id: string(),
  comment_type: string().enum('COMMENT', 'CONSULT', 'OBSERVATION', 'VERIFICATION', 'ZERO_RISK'),
  content: string(),
  email: string(),
  full_name: string().optional(),
  creation_date: string(),
};

const findingCommentAttributes = item({ ...commentAttributes, finding_id: string().key() });
const groupCommentAttributes = item({ ...commentAttributes, group_name: string().key() });
const eventCommentAttributes = item({ ...commentAttributes, event_id: string().key(), group_name: string().key() });

export const findingCommentSk = (findingId: string) => `FIN#${keyPart('finding id', findingId)}`;
export const groupCommentSk = (groupName: string) => `GROUP#${keyPart('group name', groupName)}`;
export const eventCommentSk = (eventId: string, groupName: string) =>
  `EVENT#${keyPart('event id', eventId)}#GROUP#${keyPart('group name', groupName)}`;
const commentPk = (id: string) => `CMNT#${keyPart('comment id', id)}`;

/** finding_comment: `CMNT#id` / `FIN#finding_id`; a finding's thread through the inverted index. */
export const findingCommentFacet = defineFacet<FindingComment>({
  name: 'finding_comment',
  entity: new Entity({
    name: 'finding_comment',
    table,
    timestamps: false,
    schema: findingCommentAttributes,
    computeKey: ({ id, finding_id }) => ({ pk: commentPk(id), sk: findingCommentSk(finding_id) }),
  }),
  keyTemplate: { pk: 'CMNT#id', sk: 'FIN#finding_id' },
  indexTemplates: { inverted_index: { pk: 'FIN#finding_id', sk: 'CMNT#id' } },
});

/** group_comment: `CMNT#id` / `GROUP#group_name`. */
export const groupCommentFacet = defineFacet<GroupComment>({
  name: 'group_comment',
  entity: new Entity({
    name: 'group_comment',
    table,
    timestamps: false,
    schema: groupCommentAttributes,
    computeKey: ({ id, group_name }) => ({ pk: commentPk(id), sk: groupCommentSk(group_name) }),
  }),
  keyTemplate: { pk: 'CMNT#id', sk: 'GROUP#group_name' },
  indexTemplates: { inverted_index: { pk: 'GROUP#group_name', sk: 'CMNT#id' } },
});

/** event_comment: `CMNT#id` / `EVENT#event_id#GROUP#group_name`. */
export const eventCommentFacet = defineFacet<EventComment>({
  name: 'event_comment',
  entity: new Entity({
    name: 'event_comment',
    table,
    timestamps: false,
    schema: eventCommentAttributes,
    computeKey: ({ id, event_id, group_name }) => ({ pk: commentPk(id), sk: eventCommentSk(event_id, group_name) }),
  }),
  keyTemplate: { pk: 'CMNT#id', sk: 'EVENT#event_id#GROUP#group_name' },
  indexTemplates: { inverted_index: { pk: 'EVENT#event_id#GROUP#group_name', sk: 'CMNT#id' } },
});

const addComment = async <C extends { readonly id: string }>(facet: Facet<C>, comment: C): Promise<void> => {
  try {
    await putItem(facet.toItem(comment), [{ path: 'pk', exists: false }]);
  } catch (error) {
    if (error instanceof ConditionFailed) throw new AlreadyExistsError(facet.name, commentPk(comment.id));
    throw error;
  }
};

const byCreation = <C extends { readonly creationDate: string; readonly id: string }>(comments: readonly C[]): readonly C[] =>
  [...comments].sort((a, b) => a.creationDate.localeCompare(b.creationDate) || a.id.localeCompare(b.id));

export const addFindingComment = (comment: FindingComment) => addComment(findingCommentFacet, comment);
export const addGroupComment = (comment: GroupComment) => addComment(groupCommentFacet, comment);
export const addEventComment = (comment: EventComment) => addComment(eventCommentFacet, comment);

/** A finding's comments of every type, oldest first. */
export const getFindingComments = async (findingId: string): Promise<readonly FindingComment[]> =>
  byCreation(await queryAll(findingCommentFacet, { index: 'inverted_index', partitionValue: findingCommentSk(findingId), sortBeginsWith: 'CMNT#' }));

export const getGroupComments = async (groupName: string): Promise<readonly GroupComment[]> =>
  byCreation(await queryAll(groupCommentFacet, { index: 'inverted_index', partitionValue: groupCommentSk(groupName), sortBeginsWith: 'CMNT#' }));

export const getEventComments = async (eventId: string, groupName: string): Promise<readonly EventComment[]> =>
  byCreation(
    await queryAll(eventCommentFacet, { index: 'inverted_index', partitionValue: eventCommentSk(eventId, groupName), sortBeginsWith: 'CMNT#' }),
  );
