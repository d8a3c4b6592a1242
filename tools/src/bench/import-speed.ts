import { getAllFindingVulnerabilities } from '@integrates/db-model';
import { availabilityOf, type Availability } from './availability';
import { dataOf, postGraphQL, type GraphQLAnswer } from './graphql-client';
import { uploadBody, uploadDocument, uploadFileDocument, uploadFileForm, UPLOAD_SIZE } from './uploads';

export interface ImportResult {
  readonly vulnerabilities: number;
  /** Set when the import did not fit the API's default request timeout and was measured again with a longer one. */
  readonly atDefaultTimeout?: string;
  readonly via: 'uploadFile' | 'addVulnerabilities';
  readonly requests: number;
  readonly seconds: number;
  readonly itemsPerSecond: number;
  /**
   * What the finding's vulnerability index (gsi_6, what the API's lists read) lists afterwards. Fewer than
   * imported means index entries were lost: dynalite tells apart items with equal index keys by a 24-bit
   * hash of their table key, so about n²/2^25 of n such items collide and overwrite each other.
   */
  readonly listed: number;
}

/** A whole import must finish within this, or it is reported as failed. */
const IMPORT_TIMEOUT_MS = 15 * 60_000;

export const importAvailability = (): { readonly uploadFile: Availability; readonly addVulnerabilities: Availability } => ({
  uploadFile: availabilityOf(['Mutation.uploadFile'], [uploadFileDocument]),
  addVulnerabilities: availabilityOf(['Mutation.addVulnerabilities'], [uploadDocument]),
});

const expectAdded = (answer: GraphQLAnswer, field: string, what: string, count: number): void => {
  const added = dataOf<Record<string, { addedVulnerabilities: number }>>(answer, what)[field]?.addedVulnerabilities;
  if (added !== count) throw new Error(`${what}: the API says it added ${added}, not ${count}`);
};

/**
 * Imports `count` vulnerabilities into one (empty) finding through the API, end to end: one YAML file
 * through `uploadFile` when it exists, else JSON `addVulnerabilities` calls of 1,000 one after the
 * other (a request body is limited to 1 MB). Reads back how many the finding's index lists.
 */
export const importThroughApi = async (options: {
  readonly endpoint: string;
  readonly token: string;
  readonly findingId: string;
  readonly count: number;
  readonly via: 'uploadFile' | 'addVulnerabilities';
}): Promise<ImportResult> => {
  const started = performance.now();
  const deadline = Date.now() + IMPORT_TIMEOUT_MS;
  let requests = 0;
  if (options.via === 'uploadFile') {
    const answer = await postGraphQL(options.endpoint, uploadFileForm(options.findingId, 'import', options.count), options.token, IMPORT_TIMEOUT_MS);
    requests = 1;
    expectAdded(answer, 'uploadFile', `uploadFile of ${options.count}`, options.count);
  } else {
    for (let first = 0; first < options.count; first += UPLOAD_SIZE) {
      const batch = Math.min(UPLOAD_SIZE, options.count - first);
      const answer = await postGraphQL(options.endpoint, uploadBody(options.findingId, `import${first}`, batch), options.token, Math.max(1000, deadline - Date.now()));
      requests += 1;
      expectAdded(answer, 'addVulnerabilities', `addVulnerabilities, batch ${requests}`, batch);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const listed = (await getAllFindingVulnerabilities(options.findingId)).length;
  return {
    vulnerabilities: options.count,
    via: options.via,
    requests,
    seconds: Math.round(seconds * 100) / 100,
    itemsPerSecond: Math.round(options.count / seconds),
    listed,
  };
};

export type ImportOutcome = ImportResult | { readonly status: string; readonly note: string };

/** The timeout the import gets when one request cannot carry it within the default (REQUEST_TIMEOUT_MS). */
export const LONG_REQUEST_TIMEOUT_MS = 600_000;

const listedNote = (result: ImportResult): string =>
  result.listed === result.vulnerabilities
    ? `all ${result.listed.toLocaleString('en-US')} listed by the finding`
    : `the finding lists ${result.listed.toLocaleString('en-US')}: ${result.vulnerabilities - result.listed} index entries lost to dynalite's 24-bit tie-breaking hash`;

export const describeImport = (outcome: ImportOutcome): string =>
  'itemsPerSecond' in outcome
    ? `${outcome.vulnerabilities.toLocaleString('en-US')} vulnerabilities into one finding via ${outcome.via} in ${outcome.seconds} s (${outcome.itemsPerSecond.toLocaleString('en-US')}/s, ${outcome.requests} requests; ${listedNote(outcome)})${outcome.atDefaultTimeout ? `; with the default request timeout: ${outcome.atDefaultTimeout}` : ''}`
    : `${outcome.status}: ${outcome.note}`;

/**
 * The import-speed figure: one YAML file through uploadFile (else JSON batches) into an empty finding.
 * A file that takes longer than the API's request timeout is refused (REQUEST_TIMEOUT) while the API
 * keeps writing it: that is reported, the API restarted with a longer timeout (stopping the abandoned
 * work), and the import measured again into a second empty finding.
 */
export const measureImport = async (options: {
  readonly count: number;
  readonly endpoint: string;
  readonly token: string;
  readonly findingIds: readonly [string, string];
  readonly restartWithLongTimeout: () => Promise<string>;
  readonly log: (line: string) => void;
}): Promise<ImportOutcome> => {
  if (options.count === 0) return { status: 'skipped', note: 'not selected (--import 0 or --only without import)' };
  const available = importAvailability();
  const via = available.uploadFile.available ? 'uploadFile' : available.addVulnerabilities.available ? 'addVulnerabilities' : undefined;
  if (!via) {
    const why = available.addVulnerabilities.available ? undefined : available.addVulnerabilities;
    return { status: why?.reason ?? 'not available yet', note: why?.detail ?? 'no upload mutation' };
  }
  options.log(`- import of ${options.count.toLocaleString('en-US')} vulnerabilities into one finding via ${via}`);
  const attempt = (endpoint: string, findingId: string) => importThroughApi({ endpoint, token: options.token, findingId, count: options.count, via });
  try {
    const result = await attempt(options.endpoint, options.findingIds[0]).catch(async (error: unknown) => {
      const message = (error as Error).message;
      if (!message.includes('REQUEST_TIMEOUT')) throw error;
      options.log(`  refused: ${message}; again with REQUEST_TIMEOUT_MS=${LONG_REQUEST_TIMEOUT_MS}`);
      return { ...(await attempt(await options.restartWithLongTimeout(), options.findingIds[1])), atDefaultTimeout: message };
    });
    options.log(`  ${describeImport(result)}`);
    return result;
  } catch (error) {
    options.log(`  failed: ${(error as Error).message}`);
    return { status: 'failed', note: (error as Error).message };
  }
};
