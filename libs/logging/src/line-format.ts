import winston from 'winston';

/**
 * Entries reach winston already redacted and JSON-safe, with their keys in the order they should be
 * read (timestamp, level, module, message, request fields, the rest), so one JSON.stringify suffices.
 */
export const formatJsonLine = (): winston.Logform.Format => winston.format.printf((info) => JSON.stringify(info));

const FIXED = new Set(['timestamp', 'level', 'module', 'message', 'error']);
const { colorize } = winston.format.colorize();

const stackOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'stack' in error && typeof error.stack === 'string'
    ? error.stack
    : undefined;

/** `12:00:01.234 info  main: message {"requestId":"…"}`, with the stack of an error on the lines below. */
export const formatDevelopmentLine = (): winston.Logform.Format =>
  winston.format.printf((info) => {
    const time = typeof info['timestamp'] === 'string' ? info['timestamp'].slice(11, 23) : '';
    const level = colorize(info.level, info.level.padEnd(5));
    const module = typeof info['module'] === 'string' ? `${info['module']}: ` : '';
    const rest = Object.fromEntries(Object.entries(info).filter(([key]) => !FIXED.has(key)));
    const error = info['error'];
    const errorText = stackOf(error) ?? (error === undefined ? undefined : JSON.stringify(error));
    return [
      `${time} ${level} ${module}${String(info.message)}`,
      Object.keys(rest).length > 0 ? ` ${JSON.stringify(rest)}` : '',
      errorText ? `\n${errorText}` : '',
    ].join('');
  });
