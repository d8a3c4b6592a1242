import { ConcurrentModificationError, EntityNotFoundError } from '../model/errors';
import { aFinding, startTestStore, type TestStore } from '../testing';
import { addFinding } from './add';
import { getFindings } from './get';
import { updateFindingIndicators } from './indicators';

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
    expect((await reload(finding.id)).unreliableIndicators).toEqual({ openVulnerabilities: 1, revision: 1 });
    await expect(updateFindingIndicators(read, { openVulnerabilities: 2 })).rejects.toBeInstanceOf(ConcurrentModificationError);
    await updateFindingIndicators(first, { openVulnerabilities: 3 });
    expect((await reload(finding.id)).unreliableIndicators).toEqual({ openVulnerabilities: 3, revision: 2 });
  });

  it('lets exactly one of concurrent writers from the same read win', async () => {
    const finding = aFinding();
    await addFinding(finding);
    const read = await reload(finding.id);
    const outcomes = await Promise.allSettled(Array.from({ length: 8 }, (_, writer) => updateFindingIndicators(read, { writer })));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect((await reload(finding.id)).unreliableIndicators?.['revision']).toBe(1);
  });

  it('says when the finding does not exist', async () => {
    await expect(updateFindingIndicators(aFinding(), { openVulnerabilities: 0 })).rejects.toBeInstanceOf(EntityNotFoundError);
  });
});
