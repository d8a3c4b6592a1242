import { createHash, randomUUID } from 'node:crypto';
import { aVulnerability, startTestStore, type TestStore } from '../testing';
import { addVulnerabilities } from './add';
import { getAllFindingVulnerabilities, getFindingVulnerabilities, getGroupVulnerabilities } from './get';

/** The 24 bits dynalite uses to tell apart index entries whose index keys are equal (db/index.js, hashPrefix). */
const dynaliteTieBreak = (pk: string, sk: string): string =>
  createHash('md5').update('Outliers').update(pk).update(sk).digest('hex').slice(0, 6);

/** Two vulnerability ids of one finding that dynalite would file under the same index entry if their keys were equal. */
const collidingIds = (findingId: string): readonly [string, string] => {
  const seen = new Map<string, string>();
  for (;;) {
    const id = randomUUID();
    const tieBreak = dynaliteTieBreak(`VULN#${id}`, `FIN#${findingId}`);
    const other = seen.get(tieBreak);
    if (other) return [other, id];
    seen.set(tieBreak, id);
  }
};

describe('listing keys are unique per vulnerability', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('db_model_listing_keys');
  });
  afterAll(() => store.stop());

  it('keeps both of two vulnerabilities in one state whose keys dynalite would otherwise confuse', async () => {
    const findingId = 'finding-collisions';
    const ids = collidingIds(findingId);
    const state = { status: 'SUBMITTED' as const, source: 'ANALYST', where: 'src/a.ts', modifiedBy: 'hacker@fluidattacks.com', modifiedDate: '2026-01-01T00:00:00.000Z' };
    await addVulnerabilities(ids.map((id, line) => aVulnerability({ id, findingId, groupName: 'collisions', state: { ...state, specific: String(line) } })));

    const listed = async (load: () => Promise<readonly { readonly id: string }[]>) => (await load()).map((vulnerability) => vulnerability.id).sort();
    expect(await listed(() => getAllFindingVulnerabilities(findingId))).toEqual([...ids].sort());
    expect(await listed(async () => (await getFindingVulnerabilities(findingId, { state: 'SUBMITTED' }, {})).edges.map((edge) => edge.node))).toEqual([...ids].sort());
    expect(await listed(async () => (await getGroupVulnerabilities('collisions', { zeroRisk: false, state: 'SUBMITTED' }, {})).edges.map((edge) => edge.node))).toEqual(
      [...ids].sort(),
    );
  });
});
