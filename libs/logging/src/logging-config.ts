import type { Writable } from 'node:stream';
import winston from 'winston';
import { formatDevelopmentLine, formatJsonLine } from './line-format';
import { isEnvironment, isLogLevel, type Environment, type LogLevel } from './levels';

export type AuditTarget = 'stdout' | 'file';

export interface AuditOptions {
  readonly target: AuditTarget;
  /** Required when the target is a file. */
  readonly path?: string;
}

export interface LoggingOptions {
  /** JSON lines in production and test, readable coloured lines in development. */
  readonly environment: Environment;
  readonly level: LogLevel;
  /** The audit log's own transport; standard output unless said otherwise. */
  readonly audit?: AuditOptions;
  /** Where standard-output lines go instead of process.stdout (tests capture them here). */
  readonly stdout?: Writable;
}

interface LoggingState {
  readonly options: LoggingOptions;
  readonly app: winston.Logger;
  readonly audit: winston.Logger;
}

const auditTransport = (options: LoggingOptions, stdout: Writable): winston.transport => {
  const target = options.audit ?? { target: 'stdout' };
  if (target.target === 'stdout') return new winston.transports.Stream({ stream: stdout });
  if (!target.path) throw new Error('configureLogging: audit.path is required when audit.target is "file"');
  return new winston.transports.File({ filename: target.path });
};

/**
 * Audit records are never silenced by LOG_LEVEL once the app has configured logging. Before that
 * (tests, tools), they follow the application level so that a quiet test run stays quiet.
 */
const build = (options: LoggingOptions, auditLevel: LogLevel): LoggingState => {
  const stdout = options.stdout ?? process.stdout;
  return {
    options,
    app: winston.createLogger({
      level: options.level,
      format: options.environment === 'development' ? formatDevelopmentLine() : formatJsonLine(),
      transports: [new winston.transports.Stream({ stream: stdout })],
    }),
    audit: winston.createLogger({
      level: auditLevel,
      format: formatJsonLine(),
      transports: [auditTransport(options, stdout)],
    }),
  };
};

/** Before configureLogging: ENVIRONMENT and LOG_LEVEL when they are valid, else development at info. */
const defaults = (env: NodeJS.ProcessEnv): LoggingOptions => ({
  environment: isEnvironment(env['ENVIRONMENT']) ? env['ENVIRONMENT'] : 'development',
  level: isLogLevel(env['LOG_LEVEL']) ? env['LOG_LEVEL'] : 'info',
  audit: { target: 'stdout' },
});

const initial = defaults(process.env);
let state: LoggingState = build(initial, initial.level);

const fileTransportsOf = (logger: winston.Logger): readonly winston.transport[] =>
  logger.transports.filter((transport) => transport instanceof winston.transports.File);

/** Ends the loggers of a replaced state; resolves once files have been flushed. */
const retire = (retired: LoggingState): Promise<void> => {
  const flushed = [retired.app, retired.audit].map((logger) => {
    const files = fileTransportsOf(logger);
    const finished = Promise.all(
      files.map((file) => new Promise<void>((resolve) => file.once('finish', () => resolve()))),
    );
    logger.end();
    return finished;
  });
  return Promise.all(flushed).then(() => undefined);
};

const replace = (next: LoggingState): void => {
  const previous = state;
  state = next;
  // Lines already handed to the old loggers still reach their transports.
  void retire(previous);
};

/** Called once by the app at start; later calls replace the configuration. */
export const configureLogging = (options: LoggingOptions): void => replace(build(options, 'info'));

/** The configuration in force. */
export const loggingOptions = (): LoggingOptions => state.options;

/** What restoreLogging needs to put the current configuration back (tests swap it for a while). */
export interface LoggingSnapshot {
  readonly options: LoggingOptions;
  readonly auditLevel: LogLevel;
}

export const loggingSnapshot = (): LoggingSnapshot => ({ options: state.options, auditLevel: state.audit.level as LogLevel });

export const restoreLogging = (snapshot: LoggingSnapshot): void => replace(build(snapshot.options, snapshot.auditLevel));

/**
 * Flushes and closes the audit file (call it before the process exits). Later lines still work:
 * the audit log falls back to standard output.
 */
export const closeLogging = async (): Promise<void> => {
  const previous = state;
  state = build({ ...previous.options, audit: { target: 'stdout' } }, previous.audit.level as LogLevel);
  await retire(previous);
};

export const appLogger = (): winston.Logger => state.app;
export const auditLogger = (): winston.Logger => state.audit;
