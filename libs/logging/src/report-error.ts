import type { LogFields } from './levels';
import { getLogger, requestFields } from './logger';
import { redactFields } from './redact';

export interface ErrorReport {
  readonly error: unknown;
  /** The caller's context plus the request's id, user and operation; redacted. */
  readonly context: LogFields;
}

/** A hook for an error tracker; called once per reported error, after it is logged. */
export type ErrorReporter = (report: ErrorReport) => void;

const log = getLogger('errors');
let reporter: ErrorReporter | undefined;
// The same error often surfaces at several layers (GraphQL masking, then Express); log it once.
const reported = new WeakSet<object>();

/** Plugs in an error tracker (or removes it with undefined); returns a function that restores the previous one. */
export const setErrorReporter = (next: ErrorReporter | undefined): (() => void) => {
  const previous = reporter;
  reporter = next;
  return () => {
    reporter = previous;
  };
};

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * The one way to report an unexpected error: logged once at error level with its stack, the request
 * id and the given context, then handed to the error reporter if one is set.
 */
export const reportError = (error: unknown, context: LogFields = {}): void => {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  log.error(`Unexpected error: ${messageOf(error)}`, { ...context, error });
  if (!reporter) return;
  try {
    reporter({ error, context: { ...redactFields(context), ...requestFields() } });
  } catch (failure) {
    // A broken tracker must not take the request down, nor recurse into itself.
    log.warn('The error reporter failed', { error: failure });
  }
};
