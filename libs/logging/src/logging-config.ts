import { closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
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
  // winston reports a file it cannot open late or not at all: try it now, so that start fails clearly.
  try {
    mkdirSync(dirname(target.path), { recursive: true });
    closeSync(openSync(target.path, 'a'));
  } catch (error) {
    throw new Error(`cannot write the audit file ${target.path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return new winston.transports.File({ filename: target.path });
};

/**
 * A transport that fails (an audit file that cannot be opened) is said on standard error; without a
 * listener its 'error' event would end the process.
 */
const survivingErrors = (name: string, logger: winston.Logger): winston.Logger =>
  logger.on('error', (error: unknown) => {
    process.stderr.write(`logging: the ${name} log failed: ${error instanceof Error ? error.message : String(error)}\n`);
  });

/**
 * Audit records are never silenced by LOG_LEVEL once the app has configured logging. Before that
 * (tests, tools), they follow the application level so that a quiet test run stays quiet.
 */
const build = (options: LoggingOptions, auditLevel: LogLevel): LoggingState => {
  const stdout = options.stdout ?? process.stdout;
  return {
    options,
    app: survivingErrors(
      'application',
      winston.createLogger({
        level: options.level,
        format: options.environment === 'development' ? formatDevelopmentLine() : formatJsonLine(),
        transports: [new winston.transports.Stream({ stream: stdout })],
      }),
    ),
    audit: survivingErrors(
      'audit',
      winston.createLogger({
        level: auditLevel,
        format: formatJsonLine(),
        transports: [auditTransport(options, stdout)],
      }),
    ),
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

/** A file that cannot be flushed must not hold up shutdown for ever. */
const FLUSH_BOUND_MS = 5000;

/** Ends the loggers of a replaced state; resolves once files have been flushed, or after the bound. */
const retire = (retired: LoggingState): Promise<void> => {
  const flushed = [retired.app, retired.audit].map((logger) => {
    const files = fileTransportsOf(logger);
    const finished = Promise.all(
      files.map((file) => new Promise<void>((resolve) => file.once('finish', () => resolve()))),
    );
    logger.end();
    return finished;
  });
  return Promise.race([Promise.all(flushed), sleep(FLUSH_BOUND_MS, undefined, { ref: false })]).then(() => undefined);
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
