import { ConcurrentModificationError, EntityNotFoundError, UncertainWriteError } from '../model/errors';
import { aFinding, startTestStore, withFirstAnswerDropped, type TestStore } from '../testing';
import { addFinding } from './add';
import { getFindings } from './get';
import { recomputedRevisionOf, storedIndicatorsOf, updateFindingIndicators } from './indicators';

describe('finding indicators as a compare-and-swap', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('db_model_finding_indicators');
  });
  afterAll(() => store.stop());

  const reload = async (id: string) => {
    const [finding] = await getFindings([id]);
    if (!finding) throw new Error('finding vanished');
    return finding;
  };

  it('stores the indicators with a revision, and refuses a writer whose read is stale', async () => {
    const finding = aFinding();
    await addFinding(finding);
    const read = await reload(finding.id);
    const first = await updateFindingIndicators(read, { openVulnerabilities: 1 });
    expect((await reload(finding.id)).unreliableIndicators).toEqual({ openVulnerabilities: 1, revision: 1, recomputed: 1 });
    await expect(updateFindingIndicators(read, { openVulnerabilities: 2 })).rejects.toBeInstanceOf(ConcurrentModificationError);
    await updateFindingIndicators(first, { openVulnerabilities: 3 });
    expect((await reload(finding.id)).unreliableIndicators).toEqual({ openVulnerabilities: 3, revision: 2, recomputed: 2 });
  });

  it('lets exactly one of concurrent writers from the same read win', async () => {
    const finding = aFinding();
    await addFinding(finding);
    const read = await reload(finding.id);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, writer) => updateFindingIndicators(read, { writer })));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect((await reload(finding.id)).unreliableIndicators?.['revision']).toBe(1);
  });

  it('keeps the revision of the last recomputation through writes of a difference, and moves it on the next recomputation', async () => {
    const finding = aFinding();
    await addFinding(finding);
    const recomputed = await updateFindingIndicators(await reload(finding.id), { openVulnerabilities: 1 });
    const moved = await updateFindingIndicators(recomputed, { openVulnerabilities: 2 }, 'difference');
    const movedAgain = await updateFindingIndicators(moved, { openVulnerabilities: 3 }, 'difference');
    const stored = await reload(finding.id);
    expect(stored.unreliableIndicators).toEqual(movedAgain.unreliableIndicators);
    expect(recomputedRevisionOf(stored)).toBe(1);
    expect(storedIndicatorsOf(stored)).toEqual({ openVulnerabilities: 3 });
    await updateFindingIndicators(stored, { openVulnerabilities: 3 });
    expect(recomputedRevisionOf(await reload(finding.id))).toBe(4);
  });

  it('records no recomputation for a difference on indicators that never had one', async () => {
    const finding = aFinding();
    await addFinding(finding);
    await updateFindingIndicators(await reload(finding.id), { openVulnerabilities: 1 }, 'difference');
    const stored = await reload(finding.id);
    expect(stored.unreliableIndicators).toEqual({ openVulnerabilities: 1, revision: 1 });
    expect(recomputedRevisionOf(stored)).toBeUndefined();
  });

  it('says the write is uncertain when its answer was lost and the retry then found the condition false', async () => {
    const finding = aFinding();
    await addFinding(finding);
    const read = await reload(finding.id);
    const { result, dropped, matched } = await withFirstAnswerDropped(
      store,
      (operation) => operation === 'UpdateItem',
      () => updateFindingIndicators(read, { openVulnerabilities: 1 }).catch((error: unknown) => error),
    );
    expect(result).toBeInstanceOf(UncertainWriteError);
    expect({ dropped, matched }).toEqual({ dropped: 1, matched: 2 });
    // The first attempt was applied; the error said it might have been.
    expect((await reload(finding.id)).unreliableIndicators).toEqual({ openVulnerabilities: 1, revision: 1, recomputed: 1 });
  });

  it('says when the finding does not exist', async () => {
    await expect(updateFindingIndicators(aFinding(), { openVulnerabilities: 0 })).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});
