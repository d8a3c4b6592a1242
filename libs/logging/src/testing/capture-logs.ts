import { Writable } from 'node:stream';
import { configureLogging, loggingSnapshot, restoreLogging, type LoggingOptions } from '../logging-config';
import type { LogLevel } from '../levels';

/** One parsed JSON log line. */
export type LogLine = Readonly<Record<string, unknown>>;

export interface CapturedLogs {
  /** Every line written so far (application and audit), parsed. */
  readonly lines: () => readonly LogLine[];
  /** Resolves with the first line matching, waiting for it up to `timeoutMs`. */
  readonly waitFor: (predicate: (line: LogLine) => boolean, timeoutMs?: number) => Promise<LogLine>;
  /** Puts back the configuration in force before the capture. */
  readonly restore: () => void;
}

/**
 * Sends standard-output lines (application log and stdout audit log) to memory as JSON, at `level`.
 * Only one capture should be active at a time: logging is process-wide.
 */
export const captureLogs = (options: { readonly level?: LogLevel; readonly audit?: LoggingOptions['audit'] } = {}): CapturedLogs => {
  const previous = loggingSnapshot();
  let buffered = '';
  const lines: LogLine[] = [];
  const listeners = new Set<() => void>();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      buffered += chunk.toString('utf8');
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      lines.push(...complete.filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as LogLine));
      listeners.forEach((listener) => listener());
      done();
    },
  });
  configureLogging({ environment: 'test', level: options.level ?? 'silly', audit: options.audit ?? { target: 'stdout' }, stdout: sink });

  const waitFor = (predicate: (line: LogLine) => boolean, timeoutMs = 2000): Promise<LogLine> =>
    new Promise((resolve, reject) => {
      const check = (): boolean => {
        const found = lines.find(predicate);
        if (!found) return false;
        listeners.delete(onLine);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const onLine = (): void => void check();
      const timer = setTimeout(() => {
        listeners.delete(onLine);
        reject(new Error(`No log line matched within ${timeoutMs} ms; lines: ${JSON.stringify(lines)}`));
      }, timeoutMs);
      listeners.add(onLine);
      check();
    });

  return { lines: () => [...lines], waitFor, restore: () => restoreLogging(previous) };
};
