import type winston from 'winston';
import { appLogger } from './logging-config';
import type { LogFields, LogLevel } from './levels';
import { redactFields, redactText } from './redact';
import { getRequestContext } from './request-context';

export type LogMethod = (message: string, fields?: LogFields) => void;

export interface Logger {
  readonly error: LogMethod;
  readonly warn: LogMethod;
  readonly info: LogMethod;
  readonly http: LogMethod;
  readonly verbose: LogMethod;
  readonly debug: LogMethod;
  readonly silly: LogMethod;
  /** Lets callers skip building costly fields for a line that would be dropped. */
  readonly isLevelEnabled: (level: LogLevel) => boolean;
}

/** The request fields of the current context, without absent ones. */
export const requestFields = (): LogFields => {
  const context = getRequestContext();
  if (!context) return {};
  return {
    requestId: context.requestId,
    ...(context.user === undefined ? {} : { user: context.user }),
    ...(context.operation === undefined ? {} : { operation: context.operation }),
  };
};

/**
 * Builds one entry in reading order. The fixed keys are written twice on purpose: first to fix their
 * position, last so that a caller's field of the same name cannot replace them.
 */
const entryOf = (level: LogLevel, module: string, message: string, fields: LogFields): Record<string, unknown> => {
  const fixed = { timestamp: new Date().toISOString(), level, module, message: redactText(message) };
  const context = requestFields();
  return { ...fixed, ...context, ...redactFields(fields), ...fixed, ...context };
};

const write =
  (level: LogLevel, module: string): LogMethod =>
  (message, fields = {}) => {
    const logger = appLogger();
    if (!logger.isLevelEnabled(level)) return;
    logger.log(entryOf(level, module, message, fields) as winston.LogEntry);
  };

/**
 * A logger for one module. Lines carry the module name and, inside a request, its id, user and
 * GraphQL operation; fields are redacted. It follows configureLogging even when created before it.
 */
export const getLogger = (module: string): Logger =>
  Object.freeze({
    error: write('error', module),
    warn: write('warn', module),
    info: write('info', module),
    http: write('http', module),
    verbose: write('verbose', module),
    debug: write('debug', module),
    silly: write('silly', module),
    isLevelEnabled: (level: LogLevel) => appLogger().isLevelEnabled(level),
  });
