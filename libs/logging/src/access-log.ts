import { getLogger } from './logger';

export interface AccessLogEntry {
  readonly method: string;
  /** The path; a query string, which may carry secrets, is cut off here. */
  readonly path: string;
  readonly status: number;
  readonly durationMs: number;
  /** The response body's size, when known. */
  readonly bytes?: number;
  /** True when the client went away before the response was complete. */
  readonly aborted?: boolean;
}

const log = getLogger('access');

/** One line per HTTP request; the request id and user come from the request context. */
export const logAccess = (entry: AccessLogEntry): void => {
  const path = entry.path.split('?')[0] ?? '';
  log.info(`${entry.method} ${path} ${entry.status} ${entry.durationMs}ms`, {
    method: entry.method,
    path,
    status: entry.status,
    durationMs: entry.durationMs,
    ...(entry.bytes === undefined ? {} : { bytes: entry.bytes }),
    ...(entry.aborted ? { aborted: true } : {}),
  });
};
