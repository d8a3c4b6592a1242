import { createDataloaders, putStakeholder } from '@integrates/db-model';
import { startTestStore, type TestStore } from '@integrates/db-model/testing';
import { LoginRequiredError } from '@integrates/errors';
import { getMe } from './get-me';

const KEY = new Uint8Array(32);

describe('getMe', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
    await putStakeholder({
      email: 'jdoe@example.com',
      firstName: 'Jane',
      lastName: 'Doe',
      role: 'hacker',
      enrolled: true,
      isRegistered: true,
      isConcurrentSession: false,
      legalRemember: false,
    });
  });
  afterAll(() => store.stop());

  it('describes the signed-in stakeholder', async () => {
    const me = await getMe({ loaders: createDataloaders(), signingKey: KEY, viewer: { email: 'jdoe@example.com', via: 'session', credentialId: 'x' } });
    expect(me).toEqual({ userEmail: 'jdoe@example.com', userName: 'Jane Doe', role: 'hacker', isConcurrentSession: false, remember: false });
  });

  it('requires a session naming a known stakeholder', async () => {
    await expect(getMe({ loaders: createDataloaders(), signingKey: KEY })).rejects.toBeInstanceOf(LoginRequiredError);
    await expect(getMe({ loaders: createDataloaders(), signingKey: KEY, viewer: { email: 'ghost@example.com', via: 'session', credentialId: 'x' } })).rejects.toBeInstanceOf(
      LoginRequiredError,
    );
  });
});
