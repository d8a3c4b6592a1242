import autocannon from 'autocannon';
import { STORE_CALLS_HEADER } from './graphql-client';

/** What to send: the same body every time, or a new one per request (mutations on distinct targets). */
export interface LoadSpec {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  readonly nextBody?: () => string | undefined;
  readonly connections: number;
  readonly durationSeconds: number;
  /** At most this many requests (for instance the number of distinct targets); the duration still bounds the run. */
  readonly maxRequests?: number;
}

export interface StoreCallStats {
  readonly min: number;
  readonly max: number;
  readonly mean: number;
}

export interface LoadResult {
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly non2xx: number;
  /** Connection errors and timeouts. */
  readonly transportErrors: number;
  /** 2xx answers whose body carried GraphQL errors, or no data. */
  readonly graphqlErrors: number;
  /** One of the errors, to say what went wrong. */
  readonly sampleError?: string;
  readonly storeCalls?: StoreCallStats;
}

/** Every this many bodies is parsed in full to check it has data; the rest get a cheap scan for `"errors"`. */
const FULL_CHECK_EVERY = 25;
const REQUEST_TIMEOUT_SECONDS = 30;

interface Tally {
  responses: number;
  graphqlErrors: number;
  sampleError?: string;
  storeCallsTotal: number;
  storeCallsSeen: number;
  storeCallsMin: number;
  storeCallsMax: number;
}

const describe = (status: number, body: string): string | undefined => {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: { message?: string; extensions?: { code?: string } }[] };
    const error = parsed.errors?.[0];
    if (error) return `${error.message ?? 'error'}${error.extensions?.code ? ` (${error.extensions.code})` : ''}`;
    return parsed.data === null || parsed.data === undefined ? 'no data' : undefined;
  } catch {
    return `HTTP ${status}, not JSON: ${body.slice(0, 120)}`;
  }
};

const record = (tally: Tally, status: number, body: string, headers: Record<string, string>): void => {
  tally.responses += 1;
  const calls = Number(headers[STORE_CALLS_HEADER]);
  if (headers[STORE_CALLS_HEADER] !== undefined && Number.isFinite(calls)) {
    tally.storeCallsSeen += 1;
    tally.storeCallsTotal += calls;
    tally.storeCallsMin = Math.min(tally.storeCallsMin, calls);
    tally.storeCallsMax = Math.max(tally.storeCallsMax, calls);
  }
  if (status < 200 || status >= 300) {
    tally.sampleError ??= describe(status, body) ?? `HTTP ${status}`;
    return;
  }
  if (body.includes('"errors"') || tally.responses % FULL_CHECK_EVERY === 0) {
    const problem = describe(status, body);
    if (problem !== undefined) {
      tally.graphqlErrors += 1;
      tally.sampleError ??= problem;
    }
  }
};

/** Loads one URL with autocannon and reads throughput, latency, errors and store calls per request. */
export const runLoad = async (spec: LoadSpec): Promise<LoadResult> => {
  const tally: Tally = { responses: 0, graphqlErrors: 0, storeCallsTotal: 0, storeCallsSeen: 0, storeCallsMin: Infinity, storeCallsMax: 0 };
  let lastBody = spec.body ?? '';
  let exhausted = false;
  let stop = (): void => {
    exhausted = true;
  };
  const instance = autocannon({
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: REQUEST_TIMEOUT_SECONDS,
    ...(spec.maxRequests === undefined ? {} : { amount: spec.maxRequests }),
    requests: [
      {
        method: 'POST',
        headers: { ...spec.headers },
        body: spec.body ?? '',
        ...(spec.nextBody
          ? {
              setupRequest: (request) => {
                const body = spec.nextBody?.();
                if (body === undefined) {
                  // No target left: end the run (the request still needs a body; it repeats the last one).
                  stop();
                  return { ...request, body: lastBody };
                }
                lastBody = body;
                return { ...request, body };
              },
            }
          : {}),
        onResponse: (status, body, _context, headers) => record(tally, status, body, headers),
      },
    ],
  });
  stop = () => instance.stop();
  if (exhausted) stop();
  // `amount` makes autocannon ignore the duration: bound it here too.
  const stopper = setTimeout(() => instance.stop(), spec.durationSeconds * 1000);
  const result = await instance;
  clearTimeout(stopper);
  const requests = result.requests.total ?? tally.responses;
  // Requests still in flight when the time is up are not counted: say so when that was all of them.
  if (requests === 0) tally.sampleError ??= `no response within ${result.duration} s`;
  return {
    seconds: result.duration,
    requests,
    requestsPerSecond: Math.round((requests / result.duration) * 10) / 10,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    transportErrors: result.errors + result.timeouts,
    graphqlErrors: tally.graphqlErrors,
    ...(tally.sampleError === undefined ? {} : { sampleError: tally.sampleError }),
    ...(tally.storeCallsSeen > 0
      ? {
          storeCalls: {
            min: tally.storeCallsMin,
            max: tally.storeCallsMax,
            mean: Math.round((tally.storeCallsTotal / tally.storeCallsSeen) * 10) / 10,
          },
        }
      : {}),
  };
};
