import { createFetch } from '@whatwg-node/fetch';
import type { Plugin } from 'graphql-yoga';
import { requestError } from './limit-error';

/** Bounds on what a request may carry. Uploads use the GraphQL multipart request format. */
export interface RequestSizeLimits {
  /** A whole request body, or the `operations` and `map` fields of a multipart one. */
  readonly maxBodyBytes: number;
  /** One uploaded file. */
  readonly maxUploadBytes: number;
  /** Files in one request. */
  readonly maxUploads: number;
}

export const DEFAULT_REQUEST_SIZE_LIMITS: RequestSizeLimits = {
  maxBodyBytes: 1024 * 1024,
  maxUploadBytes: 10 * 1024 * 1024,
  maxUploads: 5,
};

/** Multipart framing around the parts: boundaries and part headers. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;
/** The multipart request format defines two fields, `operations` and `map`; a few spare for lenient clients. */
const MAX_MULTIPART_FIELDS = 8;

// Yoga's own test (post-multipart.js): the first listed type, exactly, with or without parameters.
const isMultipart = (request: Request): boolean => {
  const type = request.headers.get('content-type')?.split(',')[0];
  return request.method === 'POST' && (type === 'multipart/form-data' || !!type?.startsWith('multipart/form-data;'));
};

const tooLarge = (limit: number) =>
  requestError('REQUEST_ENTITY_TOO_LARGE', `Exception - Request body too large (at most ${limit} bytes)`, 413, false);

/**
 * A body without Content-Length (chunked) is counted while it streams; Node already holds a body with
 * one to its declared length. Same approach as Yoga's own limit (use-limit-request-body-size.js),
 * whose single bound has to leave room for uploads.
 */
const limitedBody = (request: Request, limit: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request => {
  const body = request.body;
  if (!body) return request;
  let read = 0;
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  const counted = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge(limit));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: counted,
    // Required by fetch for a streamed request body.
    duplex: 'half',
  } as RequestInit);
};

/** Non-multipart bodies get the tighter bound; multipart ones are bounded per part by the fetch API below. */
const useBodyLimit = (maxBodyBytes: number): Plugin => ({
  onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
    if (isMultipart(request)) return;
    const declared = request.headers.get('content-length');
    if (declared !== null && /^\d+$/.test(declared) && Number(declared) > maxBodyBytes) throw tooLarge(maxBodyBytes);
    if (declared === null && requestParser && request.body) {
      setRequestParser((incoming) => requestParser(limitedBody(incoming, maxBodyBytes, fetchAPI)));
    }
  },
});

/** Yoga options and plugins that enforce the limits, uploads included (Yoga's multipart parser reads these). */
export const requestSizeLimits = (limits: RequestSizeLimits) => ({
  maxRequestBodySize: limits.maxBodyBytes + limits.maxUploads * limits.maxUploadBytes + MULTIPART_OVERHEAD_BYTES,
  fetchAPI: createFetch({
    formDataLimits: {
      fileSize: limits.maxUploadBytes,
      files: limits.maxUploads,
      fieldSize: limits.maxBodyBytes,
      fields: MAX_MULTIPART_FIELDS,
      parts: MAX_MULTIPART_FIELDS + limits.maxUploads,
    },
  }),
  plugins: [useBodyLimit(limits.maxBodyBytes)],
});
