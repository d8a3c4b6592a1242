export type CommentType = 'COMMENT' | 'CONSULT' | 'OBSERVATION' | 'VERIFICATION' | 'ZERO_RISK';

/** A comment in a thread; `parentId` is '0' for a thread's first comment. */
export interface Comment {
  readonly id: string;
  readonly parentId: string;
  readonly commentType: CommentType;
  readonly content: string;
  readonly email: string;
  readonly fullName?: string;
  readonly creationDate: string;
}

export interface FindingComment extends Comment {
  readonly findingId: string;
}

export interface GroupComment extends Comment {
  readonly groupName: string;
}

export interface EventComment extends Comment {
  readonly eventId: string;
  readonly groupName: string;
}
