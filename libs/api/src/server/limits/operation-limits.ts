/** Bounds on one GraphQL operation, checked before it runs. */
export interface OperationLimits {
  /** Characters in the document, checked before parsing (the original: 3000). */
  readonly maxQueryLength: number;
  /** Lexical tokens in the document, checked before parsing. */
  readonly maxTokens: number;
  /** Directives in the document (checked before parsing) and per operation with fragments expanded (the original: 50). */
  readonly maxDirectives: number;
  /** Nesting of selections (the original: 8). */
  readonly maxDepth: number;
  /** Root fields per operation, fragments expanded (the original: 3). */
  readonly maxBreadth: number;
  /** Aliased fields per operation, fragments expanded, `__typename` included. */
  readonly maxAliases: number;
  /** graphql-armor's cost estimate per operation (objects 2, scalars 1, nesting factor 1.5, `first` multiplies). */
  readonly maxCost: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxQueryLength: 3000,
  maxTokens: 1000,
  maxDirectives: 50,
  maxDepth: 8,
  maxBreadth: 3,
  maxAliases: 15,
  maxCost: 5000,
};

/** Validation stops after this many errors, so a document full of mistakes gets a short answer. */
export const MAX_VALIDATION_ERRORS = 5;
