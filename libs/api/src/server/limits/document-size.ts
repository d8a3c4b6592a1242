import { Lexer, Source, TokenKind, type GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitMessage, requestError } from './limit-error';
import type { OperationLimits } from './operation-limits';

interface LexicalCounts {
  readonly tokens: number;
  readonly directives: number;
}

/** Tokens and `@` signs in a document. A lexing error ends the count: the parser reports it next. */
export const countLexicalTokens = (text: string): LexicalCounts => {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let directives = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (token.kind === TokenKind.AT) directives += 1;
    }
  } catch {
    // The syntax error surfaces from the parser with its location.
  }
  return { tokens, directives };
};

/** The refusal for a document that is too large to parse, if it is; the length is checked before lexing. */
export const checkDocumentSize = (
  text: string,
  limits: Pick<OperationLimits, 'maxQueryLength' | 'maxTokens' | 'maxDirectives'>,
): GraphQLError | undefined => {
  if (text.length > limits.maxQueryLength) {
    return requestError(
      'MAX_QUERY_LENGTH_EXCEEDED',
      limitMessage('length', `${text.length} characters`, limits.maxQueryLength),
    );
  }
  const { tokens, directives } = countLexicalTokens(text);
  if (tokens > limits.maxTokens) {
    return requestError('MAX_TOKENS_EXCEEDED', limitMessage('tokens', `${tokens} tokens`, limits.maxTokens));
  }
  if (directives > limits.maxDirectives) {
    return requestError(
      'MAX_DIRECTIVES_EXCEEDED',
      limitMessage('directives', `${directives} directives`, limits.maxDirectives),
    );
  }
  return undefined;
};

/** Refuses oversized documents before the parser (and its cache) sees them. */
export const useDocumentSizeLimits = (
  limits: Pick<OperationLimits, 'maxQueryLength' | 'maxTokens' | 'maxDirectives'>,
): Plugin => ({
  onParse({ params }) {
    const error = checkDocumentSize(typeof params.source === 'string' ? params.source : params.source.body, limits);
    if (error) throw error;
  },
});
