import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LoadResult } from './load';

/** One line of the table: an operation measured, or why it was not. */
export type Row =
  | {
      readonly title: string;
      readonly status: 'measured';
      readonly note: string;
      readonly result: LoadResult;
      readonly itemsPerRequest?: number;
      /** CPU ms per request of each process: `server` (the API or baseline), `engine`, `load` (the generator). */
      readonly cpuMsPerRequest?: Readonly<Record<string, number>>;
    }
  | { readonly title: string; readonly status: 'not available yet' | 'document does not match the schema' | 'failed'; readonly note: string };

const number = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 1 });

const errorsOf = (result: LoadResult): string => {
  const total = result.non2xx + result.transportErrors + result.graphqlErrors;
  if (total === 0) return result.sampleError ?? '0';
  const parts = [
    result.non2xx > 0 ? `${result.non2xx} non-2xx` : '',
    result.graphqlErrors > 0 ? `${result.graphqlErrors} GraphQL` : '',
    result.transportErrors > 0 ? `${result.transportErrors} transport` : '',
  ].filter(Boolean);
  return `${parts.join(', ')}${result.sampleError ? `: ${result.sampleError.replace(/\|/g, '/')}` : ''}`;
};

const storeCallsOf = (result: LoadResult): string => {
  const calls = result.storeCalls;
  if (!calls) return '—';
  return calls.min === calls.max ? String(calls.min) : `${calls.min}–${calls.max} (mean ${number(calls.mean)})`;
};

const cpuOf = (cpu: Readonly<Record<string, number>> | undefined): string =>
  ['server', 'engine', 'load'].map((name) => (cpu?.[name] === undefined ? '—' : number(cpu[name] ?? 0))).join(' · ');

export const markdownTable = (rows: readonly Row[]): string => {
  const header = ['operation', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'requests', 'errors', 'store calls / request', 'CPU ms / request (API · engine · load)', 'what'];
  const lines = rows.map((row) => {
    if (row.status !== 'measured') return [row.title, '—', '—', '—', '—', '—', '—', '—', '—', `**${row.status}**: ${row.note.replace(/\|/g, '/')}`];
    const { result } = row;
    const throughput = row.itemsPerRequest
      ? `${number(result.requestsPerSecond)} (${number(result.requestsPerSecond * row.itemsPerRequest)} items/s)`
      : number(result.requestsPerSecond);
    return [
      row.title,
      throughput,
      String(result.latencyMs.p50),
      String(result.latencyMs.p90),
      String(result.latencyMs.p99),
      number(result.requests),
      errorsOf(result),
      storeCallsOf(result),
      cpuOf(row.cpuMsPerRequest),
      row.note,
    ];
  });
  return [header, header.map(() => '---'), ...lines].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
};

export const writeJson = (path: string, value: unknown): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
};
