import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while a request is handled carries. */
export interface RequestContext {
  readonly requestId: string;
  /** The signed-in user, once known. */
  readonly user?: string;
  /** The GraphQL operation name, once known. */
  readonly operation?: string;
}

export type RequestContextField = Exclude<keyof RequestContext, 'requestId'>;

/**
 * The one mutable cell per request: fields learnt midway (the user after the session is read, the
 * operation after the document is parsed) must reach every continuation of the same request, including
 * ones created before they were known, such as the access log's.
 */
interface ContextCell {
  current: RequestContext;
}

const storage = new AsyncLocalStorage<ContextCell>();

/** Runs `fn` with its own request context; everything it awaits or schedules sees that context. */
export const runWithRequestContext = <T>(context: RequestContext, fn: () => T): T =>
  storage.run({ current: { ...context } }, fn);

/** The context of the request being handled, or undefined outside one. */
export const getRequestContext = (): RequestContext | undefined => storage.getStore()?.current;

/** Records a field learnt midway through the request. Returns false (and does nothing) outside a request. */
export const setRequestContextField = (field: RequestContextField, value: string | undefined): boolean => {
  const cell = storage.getStore();
  if (!cell) return false;
  const { [field]: _previous, ...rest } = cell.current;
  cell.current = value === undefined ? rest : { ...rest, [field]: value };
  return true;
};

const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The caller's request id when it is sane (1–128 of A-Z a-z 0-9 . _ : -), else a fresh UUID. */
export const requestIdFrom = (header: unknown): string =>
  typeof header === 'string' && SANE_REQUEST_ID.test(header) ? header : randomUUID();
