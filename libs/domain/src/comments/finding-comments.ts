import { randomUUID } from 'node:crypto';
import { addFindingComment, isoNow, type CommentType, type Finding, type FindingComment } from '@integrates/db-model';
import type { AuthzRule } from '@integrates/authz';
import { AccessDeniedError, IntegratesError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { isAllowed } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { validText } from '../findings/fields';
import { viewFinding } from '../findings/visibility';

export const COMMENT_MAX = 20000;
const POST_OBSERVATION: AuthzRule = { level: 'group', action: 'group.finding.post_observation' };
const READ_OBSERVATIONS: AuthzRule = { level: 'group', action: 'group.observations.read' };

export class InvalidParentCommentError extends IntegratesError {
  constructor(parentComment: string) {
    super('INVALID_PARENT_COMMENT', 'Exception - The parent comment does not exist in this thread', { parentComment });
  }
}

/** Customer-visible threads: consults, and the comments written with re-attacks and zero-risk requests. */
const CONSULTING: readonly CommentType[] = ['COMMENT', 'CONSULT', 'VERIFICATION', 'ZERO_RISK'];
const threadOf = (type: CommentType): 'consulting' | 'observations' => (type === 'OBSERVATION' ? 'observations' : 'consulting');

/** Writes one comment on a finding as the caller (no checks: callers decide who may write what). */
export const writeFindingComment = async (
  context: DomainContext,
  finding: Finding,
  commentType: CommentType,
  content: string,
  parentId = '0',
  id: string = randomUUID(),
): Promise<FindingComment> => {
  const viewer = requireViewer(context);
  const stakeholder = await context.loaders.stakeholder.load(viewer.email);
  const fullName = [stakeholder?.firstName, stakeholder?.lastName].filter(Boolean).join(' ');
  const comment: FindingComment = {
    id,
    findingId: finding.id,
    parentId,
    commentType,
    content,
    email: viewer.email,
    ...(fullName ? { fullName } : {}),
    creationDate: isoNow(),
  };
  await addFindingComment(comment);
  context.loaders.findingComments.clear(finding.id);
  return comment;
};

export type FindingConsultKind = 'CONSULT' | 'OBSERVATION';

/**
 * `addFindingConsult`: a comment in the finding's customer-visible thread (CONSULT) or its internal one
 * (OBSERVATION, only for roles that may post observations). A reply names its parent, which must be a
 * comment of the same thread.
 */
export const addFindingConsult = async (
  context: DomainContext,
  input: { readonly findingId: string; readonly content: string; readonly parentComment: string; readonly type: FindingConsultKind },
): Promise<FindingComment> => {
  const finding = await viewFinding(context, input.findingId);
  if (input.type === 'OBSERVATION' && !(await isAllowed(context, POST_OBSERVATION, { groupName: finding.groupName }))) {
    throw new AccessDeniedError({ findingId: finding.id, action: POST_OBSERVATION });
  }
  const content = validText('content', input.content, 1, COMMENT_MAX);
  const parentId = input.parentComment.trim() || '0';
  if (parentId !== '0') {
    const parent = (await context.loaders.findingComments.load(finding.id)).find((comment) => comment.id === parentId);
    if (!parent || threadOf(parent.commentType) !== threadOf(input.type)) throw new InvalidParentCommentError(parentId);
  }
  const comment = await writeFindingComment(context, finding, input.type, content, parentId);
  audit({ action: 'finding.consult.add', object: `FIN#${finding.id}`, outcome: 'allowed', details: { commentId: comment.id, type: input.type } });
  return comment;
};

/** The finding's customer-visible thread, oldest first. */
export const findingConsulting = async (context: DomainContext, finding: Finding): Promise<readonly FindingComment[]> =>
  (await context.loaders.findingComments.load(finding.id)).filter((comment) => CONSULTING.includes(comment.commentType));

/** The finding's internal thread, for roles that may read observations (others get "Access denied"). */
export const findingObservations = async (context: DomainContext, finding: Finding): Promise<readonly FindingComment[]> => {
  if (!(await isAllowed(context, READ_OBSERVATIONS, { groupName: finding.groupName }))) throw new AccessDeniedError({ findingId: finding.id });
  return (await context.loaders.findingComments.load(finding.id)).filter((comment) => comment.commentType === 'OBSERVATION');
};
