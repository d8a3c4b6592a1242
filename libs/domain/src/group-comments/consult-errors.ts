import { IntegratesError } from '@integrates/errors';

export class InvalidCommentParentError extends IntegratesError {
  constructor(parentComment: string) {
    super('INVALID_COMMENT_PARENT', 'Exception - Comment parent is invalid', { parentComment });
  }
}

export class InvalidCommentContentError extends IntegratesError {
  constructor(field: string, min: number, max: number) {
    super('INVALID_FIELD_LENGTH', `Exception - Invalid field length in form: ${field} must have between ${min} and ${max} characters`, {
      field,
      min,
      max,
    });
  }
}

export class BlankCommentError extends IntegratesError {
  constructor(field: string) {
    super('INVALID_SPACES_FIELD', `Exception - Field cannot fill with blank characters: ${field}`, { field });
  }
}
