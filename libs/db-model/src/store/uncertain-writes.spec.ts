import { addFinding, getFindings } from '../findings';
import { UncertainWriteError } from '../model/errors';
import { aFinding, startTestStore, withFirstAnswerDropped, type TestStore } from '../testing';
import { updateItem } from './operations';

describe('writes whose answer was lost', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('db_model_uncertain_writes');
  });
  afterAll(() => store.stop());

  it.each([
    ['its creation guard', 'finding_id'],
    ['its metadata', 'finding_metadata'],
  ])('creates a finding when the answer to %s is lost: reading the item back shows the put happened', async (_part, entity) => {
    const finding = aFinding();
    const { dropped, matched } = await withFirstAnswerDropped(
      store,
      (operation, body) => operation === 'PutItem' && body.includes(`"${entity}"`),
      () => addFinding(finding),
    );
    expect({ dropped, matched }).toEqual({ dropped: 1, matched: 2 });
    expect((await getFindings([finding.id]))[0]?.id).toBe(finding.id);
  });

  it('leaves an update uncertain: only the caller can tell from a fresh read', async () => {
    const finding = aFinding();
    await addFinding(finding);
    const key = { pk: `FIN#${finding.id}`, sk: `GROUP#${finding.groupName}` };
    const { result } = await withFirstAnswerDropped(
      store,
      (operation) => operation === 'UpdateItem',
      () => updateItem({ key, set: { title: 'changed' }, conditions: [{ path: 'title', equals: finding.title }] }).catch((error: unknown) => error),
    );
    expect(result).toBeInstanceOf(UncertainWriteError);
    expect((await getFindings([finding.id]))[0]?.title).toBe('changed');
  });
});
