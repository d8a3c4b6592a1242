import { isIntegratesError } from '@integrates/errors';
import { GraphQLError } from 'graphql';

export const INTERNAL_ERROR_MESSAGE = 'Internal server error';

const originalOf = (error: unknown): unknown =>
  error instanceof GraphQLError && error.originalError ? originalOf(error.originalError) : error;

const detailsOf = (error: unknown) =>
  error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };

/**
 * Domain errors keep their message and gain `extensions.code`; GraphQL's own errors (syntax,
 * validation) pass through; anything else is masked so that no internal detail reaches a client,
 * unless `exposeDetails` (development) adds the original in `extensions.originalError`.
 */
export const maskError = (error: unknown, onUnexpected: (error: unknown) => void, exposeDetails = false): GraphQLError => {
  const original = originalOf(error);
  if (isIntegratesError(original)) {
    const path = error instanceof GraphQLError ? error.path : undefined;
    return new GraphQLError(original.message, {
      ...(path ? { path } : {}),
      extensions: { code: original.code },
    });
  }
  // GraphQL's own errors may wrap another of its own (an invalid variable value wraps the coercion error).
  if (error instanceof GraphQLError && (!error.originalError || original instanceof GraphQLError)) return error;
  onUnexpected(original);
  const path = error instanceof GraphQLError ? error.path : undefined;
  return new GraphQLError(INTERNAL_ERROR_MESSAGE, {
    ...(path ? { path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', ...(exposeDetails ? { originalError: detailsOf(original) } : {}) },
  });
};
