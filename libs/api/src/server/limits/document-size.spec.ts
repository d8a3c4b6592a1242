import { checkDocumentSize, countLexicalTokens } from './document-size';

const LIMITS = { maxQueryLength: 100, maxTokens: 10, maxDirectives: 2 };

describe('countLexicalTokens', () => {
  it('counts tokens and directives, not comments or commas', () => {
    expect(countLexicalTokens('{ a @skip(if: true), b } # comment @x')).toEqual({ tokens: 11, directives: 1 });
  });

  it('stops quietly at a lexing error, leaving the message to the parser', () => {
    expect(countLexicalTokens('{ a "unterminated')).toEqual({ tokens: 2, directives: 0 });
  });
});

describe('checkDocumentSize', () => {
  it('accepts a document within every bound', () => {
    expect(checkDocumentSize('{ a b @x }', LIMITS)).toBeUndefined();
  });

  it('checks the length first, whatever the document holds', () => {
    const error = checkDocumentSize(`{${'@'.repeat(200)}`, LIMITS);
    expect(error?.message).toBe('Exception - Max query length exceeded (201 characters; at most 100)');
    expect(error?.extensions['code']).toBe('MAX_QUERY_LENGTH_EXCEEDED');
  });

  it('then the tokens, then the directives', () => {
    expect(checkDocumentSize('{ a b c d e f g h i j }', LIMITS)?.extensions['code']).toBe('MAX_TOKENS_EXCEEDED');
    expect(checkDocumentSize('{ a @x @y @z }', LIMITS)?.message).toBe(
      'Exception - Max query directives exceeded (3 directives; at most 2)',
    );
  });

  it('marks its refusals as spec errors of 400', () => {
    expect(checkDocumentSize('{ a @x @y @z }', LIMITS)?.extensions['http']).toEqual({ status: 400, spec: true });
  });
});
