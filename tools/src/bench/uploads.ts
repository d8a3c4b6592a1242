import { persistedBody, sha256 } from './graphql-client';

/** Vulnerabilities per upload in operation 6. */
export const UPLOAD_SIZE = 1_000;

export const uploadDocument = `mutation BenchAddVulnerabilities($findingId: String!, $vulnerabilities: VulnerabilitiesInput!) {
  addVulnerabilities(findingId: $findingId, vulnerabilities: $vulnerabilities) { success addedVulnerabilities }
}`;

export const uploadFileDocument = `mutation BenchUploadFile($findingId: String!, $file: Upload!) {
  uploadFile(findingId: $findingId, file: $file) { success addedVulnerabilities }
}`;

/** `count` new LINES locations, unique to `prefix` (so no upload repeats another's). */
export const newLines = (prefix: string, count: number): readonly { readonly path: string; readonly line: string }[] =>
  Array.from({ length: count }, (_, index) => ({ path: `bench/${prefix}/file${index % 100}.ts`, line: String(Math.floor(index / 100) + 1) }));

/** The JSON mutation reporting `count` new vulnerabilities into a finding. */
export const uploadBody = (findingId: string, prefix: string, count: number): string =>
  persistedBody(uploadDocument, { findingId, vulnerabilities: { lines: newLines(prefix, count) } });

/** The original's YAML file of `lines`. */
export const linesYaml = (prefix: string, count: number): string =>
  `lines:\n${newLines(prefix, count)
    .map(({ path, line }) => `  - path: ${path}\n    line: '${line}'\n`)
    .join('')}`;

/** A GraphQL multipart request (the upload spec) carrying the YAML file, naming the operation by its hash. */
export const uploadFileForm = (findingId: string, prefix: string, count: number): FormData => {
  const form = new FormData();
  form.set(
    'operations',
    JSON.stringify({ variables: { findingId, file: null }, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(uploadFileDocument) } } }),
  );
  form.set('map', JSON.stringify({ 0: ['variables.file'] }));
  form.set('0', new Blob([linesYaml(prefix, count)], { type: 'application/x-yaml' }), `${prefix}.yaml`);
  return form;
};
