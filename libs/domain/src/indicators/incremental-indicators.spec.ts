import {
  addFinding,
  addVulnerabilities,
  countStoreCalls,
  createDataloaders,
  getAllFindingVulnerabilities,
  getFindings,
  updateVulnerabilityStates,
  type Finding,
  type Vulnerability,
} from '@integrates/db-model';
import { aFinding, aVulnerability, startTestStore, withFirstAnswerDropped, type TestStore } from '@integrates/db-model/testing';
import { computeFindingIndicators } from './compute-finding-indicators';
import { refreshFindingIndicators, storedFindingIndicators } from './finding-indicators';
import { applyIndicatorChanges, indicatorsAfter } from './incremental-indicators';

const BY = 'manager@example.com';
const LATER = '2026-02-01T00:00:00.000Z';
const context = () => ({ loaders: createDataloaders(), signingKey: new Uint8Array(32) });

const inProgress = () => ({ treatment: { status: 'IN_PROGRESS' as const, justification: 'next sprint', modifiedBy: BY, modifiedDate: LATER } });

/** The finding as stored now, and what a full recomputation from its vulnerabilities gives. */
const storedAndRecomputed = async (findingId: string) => {
  const [finding] = await getFindings([findingId]);
  if (!finding) throw new Error('finding is gone');
  return { stored: storedFindingIndicators(finding), recomputed: computeFindingIndicators(await getAllFindingVulnerabilities(findingId), finding) };
};

describe('incremental finding indicators', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('integrates_incremental_indicators');
  });
  afterAll(() => store.stop());

  /** A finding with three open vulnerabilities (two in one location) and its indicators stored. */
  const aFindingWithIndicators = async (): Promise<{ finding: Finding; vulnerabilities: readonly Vulnerability[] }> => {
    const finding = aFinding();
    await addFinding(finding);
    const vulnerabilities = [
      aVulnerability({ findingId: finding.id }),
      aVulnerability({ findingId: finding.id }),
      aVulnerability({ findingId: finding.id, state: { status: 'VULNERABLE', source: 'ANALYST', where: 'src/other.ts', specific: '7', modifiedBy: BY, modifiedDate: LATER } }),
    ];
    await addVulnerabilities(vulnerabilities);
    await refreshFindingIndicators(context(), finding.id);
    const [stored] = await getFindings([finding.id]);
    return { finding: stored ?? finding, vulnerabilities };
  };

  it('moves a treatment change between counts, and keeps everything else', () => {
    const finding = aFinding();
    const before = aVulnerability({ findingId: finding.id });
    const after = { ...before, ...inProgress() };
    const stored = computeFindingIndicators([before, aVulnerability({ findingId: finding.id })], finding);
    expect(indicatorsAfter(stored, finding, [{ before, after }])).toEqual({ ...stored, treatmentSummary: { ...stored.treatmentSummary, untreated: 1, inProgress: 1 } });
  });

  it('declines a change of anything but the treatment and verification counts', () => {
    const finding = aFinding();
    const before = aVulnerability({ findingId: finding.id });
    const closed = { ...before, state: { ...before.state, status: 'SAFE' as const, modifiedDate: LATER } };
    const moved = { ...before, state: { ...before.state, where: 'src/elsewhere.ts' } };
    const stored = computeFindingIndicators([before], finding);
    expect(indicatorsAfter(stored, finding, [{ before, after: closed }])).toBeUndefined();
    expect(indicatorsAfter(stored, finding, [{ before, after: moved }])).toBeUndefined();
  });

  it('declines counts that would go negative (the stored ones were already off)', () => {
    const finding = aFinding();
    const before = aVulnerability({ findingId: finding.id });
    const stored = computeFindingIndicators([], finding);
    expect(indicatorsAfter(stored, finding, [{ before, after: { ...before, ...inProgress() } }])).toBeUndefined();
  });

  it('stores the difference without reading the finding\'s vulnerabilities', async () => {
    const { finding, vulnerabilities } = await aFindingWithIndicators();
    const before = vulnerabilities[0] as Vulnerability;
    const after = await updateVulnerabilityStates(before, inProgress());
    const { calls } = await countStoreCalls(() => applyIndicatorChanges(context(), finding, [{ before, after }]));
    expect(calls['Query']).toBeUndefined();
    const { stored, recomputed } = await storedAndRecomputed(finding.id);
    expect(stored).toEqual(recomputed);
    expect(stored?.treatmentSummary).toEqual({ untreated: 2, inProgress: 1, accepted: 0, acceptedUndefined: 0 });
  });

  it('counts a change once when a full refresh stored it first: the revision changed, so it recomputes', async () => {
    const { finding: readBeforeWrites, vulnerabilities } = await aFindingWithIndicators();
    const before = vulnerabilities[1] as Vulnerability;
    const after = await updateVulnerabilityStates(before, inProgress());
    // Another request's refresh reads every vulnerability, this change included, and stores the result.
    await refreshFindingIndicators(context(), readBeforeWrites.id);
    const { calls } = await countStoreCalls(() => applyIndicatorChanges(context(), readBeforeWrites, [{ before, after }]));
    expect(calls['Query']).toBeGreaterThan(0);
    const { stored, recomputed } = await storedAndRecomputed(readBeforeWrites.id);
    expect(stored).toEqual(recomputed);
    expect(stored?.treatmentSummary.inProgress).toBe(1);
  });

  it('adds its difference on top of differences other writers stored since its read, still without reading vulnerabilities', async () => {
    const { finding: readBeforeWrites, vulnerabilities } = await aFindingWithIndicators();
    const [first, second] = vulnerabilities as [Vulnerability, Vulnerability];
    const firstAfter = await updateVulnerabilityStates(first, inProgress());
    const secondAfter = await updateVulnerabilityStates(second, inProgress());
    // Both requests read the finding before their commits; the first stores its difference first.
    await applyIndicatorChanges(context(), readBeforeWrites, [{ before: first, after: firstAfter }]);
    const { calls } = await countStoreCalls(() => applyIndicatorChanges(context(), readBeforeWrites, [{ before: second, after: secondAfter }]));
    expect(calls['Query']).toBeUndefined();
    expect(calls['UpdateItem']).toBe(2);
    const { stored, recomputed } = await storedAndRecomputed(readBeforeWrites.id);
    expect(stored).toEqual(recomputed);
    expect(stored?.treatmentSummary).toEqual({ untreated: 1, inProgress: 2, accepted: 0, acceptedUndefined: 0 });
  });

  it('recomputes when the store cannot say whether its difference was written, so that it is not counted twice', async () => {
    const { finding: readBeforeWrites, vulnerabilities } = await aFindingWithIndicators();
    const before = vulnerabilities[0] as Vulnerability;
    const after = await updateVulnerabilityStates(before, inProgress());
    // The difference is written, but its answer is lost; the retry then finds the revision moved.
    const { dropped } = await withFirstAnswerDropped(store, (operation) => operation === 'UpdateItem', () =>
      applyIndicatorChanges(context(), readBeforeWrites, [{ before, after }]),
    );
    expect(dropped).toBe(1);
    const { stored, recomputed } = await storedAndRecomputed(readBeforeWrites.id);
    expect(stored).toEqual(recomputed);
    expect(stored?.treatmentSummary.inProgress).toBe(1);
  });

  it('recomputes a closing, which moves more than counts', async () => {
    const { finding, vulnerabilities } = await aFindingWithIndicators();
    const before = vulnerabilities[2] as Vulnerability;
    const after = await updateVulnerabilityStates(before, { state: { ...before.state, status: 'SAFE', modifiedDate: '2026-03-01T00:00:00.000Z' } });
    await applyIndicatorChanges(context(), finding, [{ before, after }]);
    const { stored, recomputed } = await storedAndRecomputed(finding.id);
    expect(stored).toEqual(recomputed);
    expect(stored?.closedVulnerabilities).toBe(1);
    expect(stored?.where).toBe('src/app.ts');
  });
});
