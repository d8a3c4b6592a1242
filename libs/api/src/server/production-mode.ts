import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const INTROSPECTION_FIELDS: ReadonlySet<string> = new Set(['__schema', '__type']);

/** `__typename` stays: clients use it to tell union members apart. */
export const introspectionDisabledRule = (context: ValidationContext): ASTVisitor => ({
  Field(node) {
    if (INTROSPECTION_FIELDS.has(node.name.value)) {
      context.reportError(
        new GraphQLError(`Exception - Introspection is disabled (${node.name.value})`, {
          nodes: [node],
          extensions: { code: 'INTROSPECTION_DISABLED' },
        }),
      );
    }
  },
});

/** graphql-js appends `Did you mean "x"?` (or `the enum value "x"?`) to validation and coercion errors. */
export const stripSuggestions = (message: string): string => message.replace(/\s*Did you mean [^?]*\?/g, '');

const withoutSuggestions = (error: GraphQLError): GraphQLError => {
  const message = stripSuggestions(error.message);
  return message === error.message
    ? error
    : new GraphQLError(message, {
        ...(error.nodes ? { nodes: error.nodes } : {}),
        ...(error.source ? { source: error.source } : {}),
        ...(error.positions ? { positions: error.positions } : {}),
        ...(error.path ? { path: error.path } : {}),
        ...(error.originalError ? { originalError: error.originalError } : {}),
        extensions: error.extensions,
      });
};

const cleanResult = (result: ExecutionResult): ExecutionResult =>
  result.errors ? { ...result, errors: result.errors.map(withoutSuggestions) } : result;

/**
 * What production hides from strangers: the schema (introspection) and hints about it (suggestions
 * in any error, however it arose). GraphiQL and error masking are set where the server is built.
 */
export const useProductionMode = (): Plugin[] => [
  {
    onValidate({ addValidationRule }) {
      addValidationRule(introspectionDisabledRule);
    },
  },
  {
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result)) setResult(result.map(cleanResult));
      else if (!(Symbol.asyncIterator in result)) setResult(cleanResult(result));
    },
  },
];
