import { allFacets } from '@integrates/db-model';
import {
  findingRecord,
  firstFindingOf,
  firstVulnerabilityOf,
  groupOfFinding,
  groupRecord,
  kindOf,
  locationOf,
  organizationRecord,
  vulnerabilityId,
  vulnerabilityRecord,
  type DatasetSize,
} from './dataset-records';
import { countTreatmentTargets, treatmentTargets } from './operations';

const SIZE: DatasetSize = { groups: 3, findings: 10, vulnerabilities: 1_003 };
const TYPES = [{ title: '001. SQL injection', requirements: ['169', '173'] }];
const facet = (name: string) => {
  const found = allFacets().find((candidate) => candidate.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('the benchmark data set', () => {
  it('spreads findings over groups and vulnerabilities over findings, each in one place', () => {
    const groupsOfFindings = Array.from({ length: SIZE.findings }, (_, finding) => groupOfFinding(SIZE, finding));
    expect(groupsOfFindings).toEqual([...groupsOfFindings].sort((a, b) => a - b));
    expect(new Set(groupsOfFindings)).toEqual(new Set([0, 1, 2]));
    for (let group = 0; group < SIZE.groups; group += 1) expect(groupsOfFindings[firstFindingOf(SIZE, group)]).toBe(group);
    const starts = Array.from({ length: SIZE.findings }, (_, finding) => firstVulnerabilityOf(SIZE, finding));
    expect(starts[0]).toBe(0);
    const counts = starts.map((start, finding) => (starts[finding + 1] ?? SIZE.vulnerabilities) - start);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(SIZE.vulnerabilities);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(100);
  });

  it('builds records db-model accepts, with history rows dated before the current state', () => {
    expect(() => facet('organization_metadata').toItem(organizationRecord())).not.toThrow();
    expect(() => facet('group_metadata').toItem(groupRecord(1))).not.toThrow();
    expect(() => facet('finding_metadata').toItem(findingRecord(SIZE, 4, TYPES))).not.toThrow();
    for (let vulnerability = 0; vulnerability < 10; vulnerability += 1) {
      const { record, pastStates, pastTreatments } = vulnerabilityRecord(SIZE, 0, vulnerability);
      expect(() => facet('vulnerability_metadata').toItem(record)).not.toThrow();
      for (const state of pastStates) expect(state.modifiedDate < record.state.modifiedDate).toBe(true);
      for (const treatment of pastTreatments) expect(treatment.modifiedDate < (record.treatment?.modifiedDate ?? '')).toBe(true);
      expect(record.state.status).toBe({ submitted: 'SUBMITTED', safe: 'SAFE', 'in-progress': 'VULNERABLE', untreated: 'VULNERABLE' }[kindOf(vulnerability)]);
    }
  });

  it('gives every vulnerability its own id and location', () => {
    const ids = new Set(Array.from({ length: SIZE.vulnerabilities }, (_, index) => vulnerabilityId(index)));
    const locations = new Set(Array.from({ length: SIZE.vulnerabilities }, (_, index) => JSON.stringify(locationOf(index))));
    expect(ids.size).toBe(SIZE.vulnerabilities);
    expect(locations.size).toBe(SIZE.vulnerabilities);
  });

  it('hands out each untreated, open vulnerability once as a treatment target, taking turns over the findings', () => {
    const next = treatmentTargets(SIZE);
    const targets = Array.from({ length: SIZE.vulnerabilities + 1 }, () => next()).filter((target) => target !== undefined);
    expect(targets).toHaveLength(countTreatmentTargets(SIZE));
    expect(new Set(targets.map((target) => target.vulnerability)).size).toBe(targets.length);
    for (const target of targets) {
      expect(kindOf(target.vulnerability)).toBe('untreated');
      expect(vulnerabilityRecord(SIZE, target.finding, target.vulnerability).record.findingId).toBe(findingRecord(SIZE, target.finding, TYPES).id);
      expect(target.vulnerability).toBeGreaterThanOrEqual(firstVulnerabilityOf(SIZE, target.finding));
    }
    expect(targets.slice(0, SIZE.findings).map((target) => target.finding)).toEqual(Array.from({ length: SIZE.findings }, (_, finding) => finding));
    expect(next()).toBeUndefined();
  });
});
