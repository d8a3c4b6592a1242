import { startTestStore, aFinding, aStakeholder, aVulnerability, type TestStore } from './testing';
import { countStoreCalls } from './store/store-calls';
import { createDataloaders } from './dataloaders';
import { addStakeholder } from './stakeholders';
import { addFinding } from './findings';
import { addVulnerabilities } from './vulnerabilities';
import { UnavailabilityError } from '@integrates/errors';
import { getStakeholders } from './stakeholders';

describe('dataloaders', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(() => store.stop());

  it.each([1, 100, 101, 250])('loads %i keys of one tick with ⌈N/100⌉ BatchGetItem calls', async (count) => {
    const emails = Array.from({ length: count }, (_, i) => `batch${count}-${i}@example.com`);
    await Promise.all(emails.filter((_, i) => i % 2 === 0).map((email) => addStakeholder(aStakeholder({ email }))));
    const loaders = createDataloaders();
    // Duplicates are loaded once.
    const { result, calls } = await countStoreCalls(() => Promise.all([...emails, ...emails].map((email) => loaders.stakeholder.load(email))));
    expect(calls).toEqual({ BatchGetItem: Math.ceil(count / 100) });
    expect(result.slice(0, count).map((stakeholder) => stakeholder?.email)).toEqual(
      emails.map((email, i) => (i % 2 === 0 ? email : undefined)),
    );
  });

  it('primes the vulnerability loader from a finding listing, and the finding loader from a group listing', async () => {
    const finding = aFinding({ groupName: 'primegroup' });
    await addFinding(finding);
    const vulnerabilities = Array.from({ length: 30 }, () => aVulnerability({ findingId: finding.id, groupName: 'primegroup' }));
    await addVulnerabilities(vulnerabilities);
    const loaders = createDataloaders();

    const listed = await countStoreCalls(async () => {
      await loaders.groupFindings.load('primegroup');
      await loaders.findingVulnerabilities.load({ findingId: finding.id, filters: {}, page: { first: 100 } });
    });
    expect(listed.calls).toEqual({ Query: 2 });

    const byKey = await countStoreCalls(async () => {
      const [loadedFinding, ...loadedVulnerabilities] = await Promise.all([
        loaders.finding.load(finding.id),
        ...vulnerabilities.map((vulnerability) => loaders.vulnerability.load(vulnerability.id)),
      ]);
      return { loadedFinding, loadedVulnerabilities };
    });
    expect(byKey.total).toBe(0);
    expect(byKey.result.loadedFinding).toEqual(finding);
    expect(byKey.result.loadedVulnerabilities.map((v) => v?.id).sort()).toEqual(vulnerabilities.map((v) => v.id).sort());
  });

  it('turns an unreachable store into UnavailabilityError', async () => {
    // The shared store is stopped first and restarted after, so no engine is left running (jest would not exit).
    await store.stop();
    const dead = await startTestStore('integrates_dead');
    await dead.engine.stop();
    await expect(getStakeholders(['x@example.com'])).rejects.toBeInstanceOf(UnavailabilityError);
    await dead.stop();
    store = await startTestStore();
  });
});
