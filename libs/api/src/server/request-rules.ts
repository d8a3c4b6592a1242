import type { Plugin } from 'graphql-yoga';
import { requestError } from './limits/limit-error';

const isFormUrlEncoded = (request: Request): boolean =>
  (request.headers.get('content-type') ?? '').toLowerCase().includes('application/x-www-form-urlencoded');

/**
 * A browser sends an HTML form's urlencoded POST cross-site without asking (no CORS preflight), so
 * the API never reads one. In production, GET may only name a persisted operation: a document in a
 * URL is a cross-site request any page can make, and URLs end up in logs.
 */
export const useRequestRules = (options: { readonly documentsOverGet: boolean }): Plugin => ({
  onRequestParse({ request }) {
    if (request.method === 'POST' && isFormUrlEncoded(request)) {
      throw requestError(
        'UNSUPPORTED_MEDIA_TYPE',
        'Exception - application/x-www-form-urlencoded bodies are not accepted: send application/json',
        415,
        false,
      );
    }
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
