import { getAllFindingVulnerabilities } from '@integrates/db-model';
import { availabilityOf, type Availability } from './availability';
import { dataOf, postGraphQL, type GraphQLAnswer } from './graphql-client';
import { uploadBody, uploadDocument, uploadFileDocument, uploadFileForm, UPLOAD_SIZE } from './uploads';

export interface ImportResult {
  readonly vulnerabilities: number;
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
