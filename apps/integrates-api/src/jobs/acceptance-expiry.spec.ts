import { addFinding, addGroup, addOrganization, addVulnerability, getVulnerabilities } from '@integrates/db-model';
import { aFinding, aGroup, anOrganization, aVulnerability, startTestStore, type TestStore } from '@integrates/db-model/testing';
import { drain } from '@integrates/multitasking';
import { startAcceptanceExpiry } from './acceptance-expiry';

const PAST = '2026-01-05T00:00:00.000Z';
const BY = 'manager@customer.com';

describe('the scheduled acceptance expiry', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore('jobs_acceptance_expiry');
  });
  afterAll(() => store.stop());

  it('returns a lapsed temporary acceptance to UNTREATED on its own, and stops when told', async () => {
    const organization = anOrganization({ name: 'expiryorg' });
    await addOrganization(organization);
    await addGroup(aGroup({ name: 'expirygroup', organizationId: organization.id, organizationName: organization.name }));
    const finding = aFinding({ groupName: 'expirygroup' });
    await addFinding(finding);
    const lapsed = aVulnerability({
      findingId: finding.id,
      groupName: 'expirygroup',
      organizationName: organization.name,
      treatment: { status: 'ACCEPTED', acceptedUntil: PAST, justification: 'Until the release', assigned: BY, modifiedBy: BY, modifiedDate: '2026-01-01T00:00:00.000Z' },
    });
    await addVulnerability(lapsed);

    const stop = startAcceptanceExpiry(new Uint8Array(32), 20);
    try {
      const deadline = Date.now() + 10_000;
      let status: string | undefined;
      while (Date.now() < deadline) {
        status = (await getVulnerabilities([lapsed.id]))[0]?.treatment?.status;
        if (status === 'UNTREATED') break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      expect(status).toBe('UNTREATED');
    } finally {
      stop();
      // A run may still be in flight: let it finish before the store goes away.
      await drain(10_000);
    }
  });
});
