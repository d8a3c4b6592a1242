import { AlreadyExistsError, isoNow, type Comment } from '@integrates/db-model';
import type { DomainContext } from '../context/context';
import { requireViewer } from '../context/require-viewer';
import { BlankCommentError, InvalidCommentContentError, InvalidCommentParentError } from './consult-errors';

/** The most characters a consult (or an event's verification comment) may have, as in the original. */
export const MAX_CONSULT_LENGTH = 20000;
/** The parent of a thread's first comment. */
export const ROOT_PARENT = '0';
/** Comment ids are epoch milliseconds; a collision in one thread moves on to the next millisecond. */
const ID_ATTEMPTS = 10;

/** A comment as the API shows it (the original's `Consult`). */
export interface ConsultView {
  readonly id: string;
  readonly content: string;
  readonly created: string;
  readonly email: string;
  readonly fullName?: string;
  readonly parentComment: string;
}

export const toConsultView = (comment: Comment): ConsultView => ({
  id: comment.id,
  content: comment.content,
  created: comment.creationDate,
  email: comment.email,
  ...(comment.fullName ? { fullName: comment.fullName } : {}),
  parentComment: comment.parentId,
});

/** The text of a comment: trimmed, not blank, 1 to 20000 characters. */
export const consultContent = (field: string, content: string, max: number = MAX_CONSULT_LENGTH): string => {
  const trimmed = content.trim();
  if (trimmed.length === 0) throw new BlankCommentError(field);
  if (trimmed.length > max) throw new InvalidCommentContentError(field, 1, max);
  return trimmed;
};

/** '0' starts a thread; any other parent must be a comment of the same thread. */
export const checkParent = (thread: readonly Comment[], parentComment: string): string => {
  const parent = parentComment.trim();
  if (parent !== ROOT_PARENT && !thread.some((comment) => comment.id === parent)) throw new InvalidCommentParentError(parent);
  return parent;
};

/** Who is commenting: email and, when the stakeholder has one, full name. */
export const commentAuthor = async (context: DomainContext): Promise<Pick<Comment, 'email' | 'fullName'>> => {
  const { email } = requireViewer(context);
  const stakeholder = await context.loaders.stakeholder.load(email);
  const fullName = [stakeholder?.firstName, stakeholder?.lastName].filter(Boolean).join(' ').trim();
  return { email: stakeholder?.email ?? email, ...(fullName ? { fullName } : {}) };
};

/**
 * Writes a comment whose id is the current epoch millisecond; when another comment of the thread took
 * that id, the next millisecond is tried. Returns the id written.
 */
export const writeWithNewId = async (
  write: (id: string, creationDate: string) => Promise<void>,
  now: number = Date.now(),
): Promise<string> => {
  for (let attempt = 0; ; attempt += 1) {
    const id = String(now + attempt);
    try {
      await write(id, isoNow(now));
      return id;
    } catch (error) {
      if (!(error instanceof AlreadyExistsError) || attempt + 1 >= ID_ATTEMPTS) throw error;
    }
  }
};
