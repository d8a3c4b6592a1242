import { startTestStore, setFaultInjector, aVulnerability, type TestStore } from '../testing';
import { addVulnerability } from '../vulnerabilities/add';
import { getVulnerabilities, getVulnerabilityHistoricState, getVulnerabilityHistoricTreatment } from '../vulnerabilities/get';
import { updateVulnerabilityStates } from '../vulnerabilities/update';
import { ConcurrentModificationError } from '../model/errors';
import { nextModifiedDate } from '../model/dates';
import type { Vulnerability, VulnerabilityTreatment } from '../vulnerabilities/types';

const reload = async (id: string): Promise<Vulnerability> => {
  const [found] = await getVulnerabilities([id]);
  if (!found) throw new Error(`vulnerability ${id} vanished`);
  return found;
};

const treatmentAfter = (current: Vulnerability, justification: string): VulnerabilityTreatment => ({
  status: 'IN_PROGRESS',
  justification,
  modifiedBy: 'writer@example.com',
  modifiedDate: nextModifiedDate(current.treatment?.modifiedDate),
});

describe('optimistic locking and crash-consistent history', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(() => store.stop());
  afterEach(() => setFaultInjector(undefined));

  it('lets exactly one of 32 concurrent writers win, and history equals the committed sequence', async () => {
    const vulnerability = aVulnerability();
    await addVulnerability(vulnerability);
    const read = await reload(vulnerability.id);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 32 }, (_, writer) => updateVulnerabilityStates(read, { treatment: treatmentAfter(read, `writer ${writer}`) })),
    );
    const winners = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const losers = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(31);
    for (const loser of losers) expect(loser.reason).toBeInstanceOf(ConcurrentModificationError);

    const current = await reload(vulnerability.id);
    const winner = (winners[0] as PromiseFulfilledResult<Vulnerability>).value;
    expect(current.treatment).toEqual(winner.treatment);
    expect(await getVulnerabilityHistoricTreatment(current)).toEqual([read.treatment, winner.treatment]);
  });

  it('keeps history and current state in agreement whatever store request fails, and a retry succeeds', async () => {
    // A state change makes two store requests: the history row, then the conditional commit.
    for (const failing of ['PutItemCommand', 'UpdateItemCommand']) {
      const vulnerability = aVulnerability();
      await addVulnerability(vulnerability);
      const before = await reload(vulnerability.id);
      setFaultInjector((command) => (command === failing ? new Error(`injected crash before ${command}`) : undefined));
      await expect(updateVulnerabilityStates(before, { treatment: treatmentAfter(before, 'first try') })).rejects.toThrow();
      setFaultInjector(undefined);

      const afterCrash = await reload(vulnerability.id);
      expect(afterCrash.treatment).toEqual(before.treatment);
      expect(await getVulnerabilityHistoricTreatment(afterCrash)).toEqual([before.treatment]);

      const retried = await updateVulnerabilityStates(afterCrash, { treatment: treatmentAfter(afterCrash, 'retry') });
      const final = await reload(vulnerability.id);
      expect(final.treatment).toEqual(retried.treatment);
      expect(await getVulnerabilityHistoricTreatment(final)).toEqual([before.treatment, retried.treatment]);
    }
  });

  it('commits several maps at once or not at all', async () => {
    const vulnerability = aVulnerability();
    await addVulnerability(vulnerability);
    const read = await reload(vulnerability.id);
    const closed = {
      ...read.state,
      status: 'SAFE' as const,
      modifiedBy: 'reattacker@example.com',
      modifiedDate: nextModifiedDate(read.state.modifiedDate),
    };
    const verified = { status: 'VERIFIED' as const, modifiedBy: 'reattacker@example.com', modifiedDate: closed.modifiedDate };
    await updateVulnerabilityStates(read, { state: closed, verification: verified });
    const final = await reload(vulnerability.id);
    expect(final.state).toEqual(closed);
    expect(final.verification).toEqual(verified);
    expect((await getVulnerabilityHistoricState(final)).map((state) => state.status)).toEqual(['VULNERABLE', 'SAFE']);

    // A writer holding the old read loses on every map, and changes nothing.
    await expect(updateVulnerabilityStates(read, { treatment: treatmentAfter(read, 'stale') })).rejects.toBeInstanceOf(
      ConcurrentModificationError,
    );
    expect((await reload(vulnerability.id)).treatment).toEqual(read.treatment);
  });
});
