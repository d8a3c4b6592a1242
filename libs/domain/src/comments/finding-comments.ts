import { addFindingComment, type CommentType, type Finding, type FindingComment } from '@integrates/db-model';
import type { AuthzRule } from '@integrates/authz';
import { AccessDeniedError } from '@integrates/errors';
import { audit } from '@integrates/logging';
import { isAllowed } from '../authorization/authorize';
import type { DomainContext } from '../context/context';
import { InvalidCommentParentError } from '../group-comments/consult-errors';
import { commentAuthor, consultContent, ROOT_PARENT, writeWithNewId } from '../group-comments/consult-thread';
import { viewFinding } from '../findings/visibility';

const POST_OBSERVATION: AuthzRule = { level: 'group', action: 'group.finding.post_observation' };
const READ_OBSERVATIONS: AuthzRule = { level: 'group', action: 'group.observations.read' };

/** Customer-visible threads: consults, and the comments written with re-attacks and zero-risk requests. */
const CONSULTING: readonly CommentType[] = ['COMMENT', 'CONSULT', 'VERIFICATION', 'ZERO_RISK'];
const threadOf = (type: CommentType): 'consulting' | 'observations' => (type === 'OBSERVATION' ? 'observations' : 'consulting');

/**
 * Writes one comment on a finding as the caller, with the platform's comment ids (epoch milliseconds,
 * the next one on a collision); no checks: callers decide who may write what. Returns what was written.
 */
export const writeFindingComment = async (
  context: DomainContext,
  finding: Finding,
  commentType: CommentType,
  content: string,
  parentId: string = ROOT_PARENT,
): Promise<FindingComment> => {
  const author = await commentAuthor(context);
  let written: FindingComment | undefined;
  await writeWithNewId(async (id, creationDate) => {
    const comment: FindingComment = { id, findingId: finding.id, parentId, commentType, content, creationDate, ...author };
    await addFindingComment(comment);
    written = comment;
  });
  context.loaders.findingComments.clear(finding.id);
  if (!written) throw new Error('writeWithNewId returned without writing');
  return written;
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
  const content = consultContent('content', input.content);
  const parentId = input.parentComment.trim() || ROOT_PARENT;
  if (parentId !== ROOT_PARENT) {
    const parent = (await context.loaders.findingComments.load(finding.id)).find((comment) => comment.id === parentId);
    if (!parent || threadOf(parent.commentType) !== threadOf(input.type)) throw new InvalidCommentParentError(parentId);
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
