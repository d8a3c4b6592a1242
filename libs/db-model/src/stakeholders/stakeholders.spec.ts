import { startTestStore, type TestStore } from '../testing';
import { countStoreCalls } from '../store/store-calls';
import { createDataloaders } from '../dataloaders';
import { putStakeholder } from './add';
import { getStakeholders } from './get';

describe('stakeholders', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(async () => {
    await store.stop();
  });

  it('writes and reads back a stakeholder', async () => {
    await putStakeholder({
      email: 'jdoe@example.com',
      firstName: 'Jane',
      lastName: 'Doe',
      role: 'user',
      enrolled: true,
      isRegistered: true,
      isConcurrentSession: false,
      legalRemember: false,
    });
    const [found, missing] = await getStakeholders(['jdoe@example.com', 'nobody@example.com']);
    expect(found).toEqual({
      email: 'jdoe@example.com',
      firstName: 'Jane',
      lastName: 'Doe',
      role: 'user',
      enrolled: true,
      isRegistered: true,
      isConcurrentSession: false,
      legalRemember: false,
    });
    expect(missing).toBeUndefined();
  });

  it('batches the reads of one tick through the loader', async () => {
    const emails = Array.from({ length: 150 }, (_, i) => `user${i}@example.com`);
    const loaders = createDataloaders();
    const { result, calls } = await countStoreCalls(() => Promise.all(emails.map((email) => loaders.stakeholder.load(email))));
    expect(result.every((stakeholder) => stakeholder === undefined)).toBe(true);
    expect(calls).toEqual({ BatchGetItem: 2 });
  });
});
