import { addFinding, getFindingTypeClaim, takeFindingTypeClaim } from '@integrates/db-model';
import { aFinding, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { FindingAlreadyExistsError } from './errors';
import { ABANDONED_CLAIM_MS, claimFindingType } from './finding-type-claim';

const NOW = Date.parse('2026-11-28T10:00:00.000Z');
const at = (ms: number): string => new Date(ms).toISOString();

describe('the claim on a weakness type in a group', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('integrates_finding_type_claim');
  });
  afterAll(() => store.stop());

  it('is refused while its holder is an open finding', async () => {
    const holder = aFinding({ groupName: 'claims' });
    await addFinding(holder);
    await takeFindingTypeClaim({ groupName: 'claims', code: '001', findingId: holder.id, takenAt: at(NOW - 2 * ABANDONED_CLAIM_MS) });
    await expect(claimFindingType({ groupName: 'claims', code: '001', findingId: 'new', takenAt: at(NOW) }, NOW)).rejects.toBeInstanceOf(FindingAlreadyExistsError);
    expect((await getFindingTypeClaim('claims', '001'))?.findingId).toBe(holder.id);
  });

  it('is refused while a creation that took it may still be writing its finding', async () => {
    await takeFindingTypeClaim({ groupName: 'claims', code: '002', findingId: 'under-way', takenAt: at(NOW - 1_000) });
    await expect(claimFindingType({ groupName: 'claims', code: '002', findingId: 'new', takenAt: at(NOW) }, NOW)).rejects.toBeInstanceOf(FindingAlreadyExistsError);
  });

  it('is taken over from a creation that crashed before writing its finding, once the claim is old', async () => {
    await takeFindingTypeClaim({ groupName: 'claims', code: '003', findingId: 'crashed', takenAt: at(NOW - ABANDONED_CLAIM_MS - 1) });
    await claimFindingType({ groupName: 'claims', code: '003', findingId: 'new', takenAt: at(NOW) }, NOW);
    expect((await getFindingTypeClaim('claims', '003'))?.findingId).toBe('new');
  });

  it('is taken over from a removed finding at once, by one of several claimants', async () => {
    const removed = aFinding({ groupName: 'claims' });
    await addFinding({ ...removed, state: { ...removed.state, status: 'DELETED', justification: 'DUPLICATED' } });
    await takeFindingTypeClaim({ groupName: 'claims', code: '004', findingId: removed.id, takenAt: at(NOW - 1_000) });
    const outcomes = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((findingId) => claimFindingType({ groupName: 'claims', code: '004', findingId, takenAt: at(NOW) }, NOW)),
    );
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected' && outcome.reason instanceof FindingAlreadyExistsError)).toHaveLength(3);
  });
});
