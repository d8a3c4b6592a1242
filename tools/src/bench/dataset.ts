import {
  addFinding,
  addGroup,
  addOrganization,
  addVulnerabilities,
  allFacets,
  createDataloaders,
  loadDesignRows,
  toDynamoJson,
  type Facet,
  type VersionedState,
} from '@integrates/db-model';
import { refreshFindingIndicators } from '@integrates/domain';
import { collect } from '@integrates/multitasking';
import {
  findingId,
  findingRecord,
  firstVulnerabilityOf,
  groupRecord,
  organizationRecord,
  vulnerabilityRecord,
  type DatasetSize,
  type VulnerabilityWithHistory,
  type WeaknessType,
} from './dataset-records';

/** Vulnerabilities built and written per step: bounds the memory a million-vulnerability run needs. */
const CHUNK = 2_000;

export interface DatasetReport {
  readonly organizations: number;
  readonly groups: number;
  readonly findings: number;
  readonly vulnerabilities: number;
  readonly historyRows: number;
  /** Seconds spent computing and storing the findings' indicators (as the domain does after a mutation). */
  readonly indicatorSeconds: number;
  readonly seconds: number;
  readonly itemsPerSecond: number;
}

const facetNamed = (name: string): Facet<unknown> => {
  const facet = allFacets().find((candidate) => candidate.name === name);
  if (!facet) throw new Error(`db-model has no facet ${name}`);
  return facet;
};

/**
 * History rows are written as db-model's design loader writes its rows (BatchWriteItem, 25 a request),
 * each built and validated by its historic facet: db-model's only bulk path for past states. Creations
 * through updateVulnerabilityStates would cost two requests per state change.
 */
const historyRows = (vulnerabilities: readonly VulnerabilityWithHistory[]) => {
  const states = facetNamed('vulnerability_historic_state');
  const treatments = facetNamed('vulnerability_historic_treatment');
  const row = (facet: Facet<unknown>, prefix: string, id: string, state: VersionedState) =>
    toDynamoJson(facet.toItem({ ...state, pk: `VULN#${id}`, sk: `${prefix}#${state.modifiedDate}` }));
  return [
    {
      facet: states.name,
      rows: vulnerabilities.flatMap(({ record, pastStates }) => pastStates.map((state) => row(states, 'STATE', record.id, state))),
    },
    {
      facet: treatments.name,
      rows: vulnerabilities.flatMap(({ record, pastTreatments }) => pastTreatments.map((state) => row(treatments, 'TREATMENT', record.id, state))),
    },
  ];
};

const findingOfVulnerability = (size: DatasetSize) => {
  let finding = 0;
  // Vulnerability indexes are visited in order, so the finding only moves forward.
  return (vulnerability: number): number => {
    while (finding + 1 < size.findings && firstVulnerabilityOf(size, finding + 1) <= vulnerability) finding += 1;
    return finding;
  };
};

/**
 * Writes the data set through db-model: the organization, its groups, the findings, then the
 * vulnerabilities with their history rows in chunks (addVulnerabilities batches them), and last the
 * findings' stored indicators, printing its progress and speed. Every loop is bounded by the size asked for.
 */
export const generateDataset = async (
  size: DatasetSize,
  types: readonly WeaknessType[],
  log: (line: string) => void,
): Promise<DatasetReport> => {
  const started = performance.now();
  await addOrganization(organizationRecord());
  await collect(Array.from({ length: size.groups }, (_, group) => () => addGroup(groupRecord(group))), { workers: 8 });
  await collect(Array.from({ length: size.findings }, (_, finding) => () => addFinding(findingRecord(size, finding, types))), { workers: 16 });

  const findingOf = findingOfVulnerability(size);
  let historyCount = 0;
  let nextReport = 0.1;
  for (let first = 0; first < size.vulnerabilities; first += CHUNK) {
    const count = Math.min(CHUNK, size.vulnerabilities - first);
    const chunk = Array.from({ length: count }, (_, offset) => vulnerabilityRecord(size, findingOf(first + offset), first + offset));
    const history = historyRows(chunk);
    historyCount += history.reduce((sum, facet) => sum + facet.rows.length, 0);
    await Promise.all([addVulnerabilities(chunk.map(({ record }) => record)), loadDesignRows(history, '')]);
    const done = (first + count) / size.vulnerabilities;
    if (done >= nextReport || first + count === size.vulnerabilities) {
      const seconds = (performance.now() - started) / 1000;
      log(`  ${(first + count).toLocaleString('en-US')} vulnerabilities, ${historyCount.toLocaleString('en-US')} history rows, ${Math.round((first + count + historyCount) / seconds).toLocaleString('en-US')} items/s`);
      nextReport = Math.floor(done * 10 + 1) / 10;
    }
  }
  const indicatorsStarted = performance.now();
  // The domain's own computation, so the stored indicators are those a mutation would have left.
  const context = { loaders: createDataloaders(), signingKey: new Uint8Array(32) };
  await collect(
    Array.from({ length: size.findings }, (_, finding) => () => refreshFindingIndicators(context, findingId(finding))),
    { workers: 4 },
  );
  const indicatorSeconds = (performance.now() - indicatorsStarted) / 1000;
  log(`  indicators of ${size.findings} findings stored in ${indicatorSeconds.toFixed(1)} s`);
  const seconds = (performance.now() - started) / 1000;
  const items = 1 + size.groups + size.findings + size.vulnerabilities + historyCount;
  return {
    organizations: 1,
    groups: size.groups,
    findings: size.findings,
    vulnerabilities: size.vulnerabilities,
    historyRows: historyCount,
    indicatorSeconds: Math.round(indicatorSeconds * 10) / 10,
    seconds: Math.round(seconds * 10) / 10,
    itemsPerSecond: Math.round(items / seconds),
  };
};
