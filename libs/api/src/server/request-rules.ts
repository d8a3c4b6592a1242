import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requestError } from './limits/limit-error';

const contentTypeOf = (request: Request): string => (request.headers.get('content-type') ?? '').toLowerCase();

const malformedRequest = (request: Request, error: unknown): GraphQLError => {
  const what = contentTypeOf(request).startsWith('multipart/form-data')
    ? 'its "operations" and "map" fields do not follow the GraphQL multipart request format'
    : error instanceof SyntaxError
      ? `a parameter is not valid JSON (${error.message})`
      : 'it does not hold GraphQL parameters';
  return requestError('BAD_REQUEST', `Exception - Malformed request: ${what}`, 400, false);
};

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/**
 * A browser sends an HTML form's urlencoded POST cross-site without asking (no CORS preflight), so
 * the API never reads one. In production, GET may only name a persisted operation: a document in a
 * URL is a cross-site request any page can make, and URLs end up in logs. Yoga's parsers let some
 * malformed input through as plain errors (JSON in GET parameters, odd multipart maps); they become
 * a 400 naming the problem instead of an unexpected error.
 */
export const useRequestRules = (options: { readonly documentsOverGet: boolean }): Plugin => ({
  onRequestParse({ request, requestParser, setRequestParser }) {
    if (request.method === 'POST' && contentTypeOf(request).includes('application/x-www-form-urlencoded')) {
      throw requestError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Exception - application/x-www-form-urlencoded bodies are not accepted: send application/json',
        415,
        false,
      );
    }
    if (!requestParser) return;
    setRequestParser(async (incoming) => {
      let parsed: Awaited<ReturnType<typeof requestParser>>;
      try {
        parsed = await requestParser(incoming);
      } catch (error) {
        throw error instanceof GraphQLError || isAbort(error) ? error : malformedRequest(incoming, error);
      }
      if (parsed === null || typeof parsed !== 'object') throw malformedRequest(incoming, undefined);
      return parsed;
    });
  },
  onParams({ request, params }) {
    if (!options.documentsOverGet && request.method === 'GET' && params.query) {
      throw requestError(
        'GET_DOCUMENT_NOT_ALLOWED',
        'Exception - GET may only name a persisted operation (extensions.persistedQuery.sha256Hash); send documents with POST',
        400,
        false,
      );
    }
  },
});
