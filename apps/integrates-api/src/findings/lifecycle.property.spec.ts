import fc from 'fast-check';
import {
  addGroup,
  addOrganization,
  createDataloaders,
  getAllFindingVulnerabilities,
  getFindings,
  getVulnerabilityHistoricState,
  getVulnerabilityHistoricTreatment,
  getVulnerabilityHistoricVerification,
  getVulnerabilityHistoricZeroRisk,
  isZeroRisk,
  putStakeholder,
  type VersionedState,
  type Vulnerability,
  type VulnerabilityStateStatus,
} from '@integrates/db-model';
import { aGroup, anOrganization, aStakeholder, startTestStore, type TestStore } from '@integrates/db-model/testing';
import {
  addFinding,
  addVulnerabilities,
  closeVulnerabilities,
  computeFindingIndicators,
  confirmVulnerabilities,
  confirmVulnerabilitiesZeroRisk,
  expireTemporaryAcceptances,
  handleVulnerabilitiesAcceptance,
  rejectVulnerabilities,
  rejectVulnerabilitiesZeroRisk,
  removeVulnerability,
  requestVulnerabilitiesVerification,
  requestVulnerabilitiesZeroRisk,
  resubmitVulnerabilities,
  storedFindingIndicators,
  updateVulnerabilitiesSeverity,
  updateVulnerabilitiesTreatment,
  verifyVulnerabilitiesRequest,
  type DomainContext,
} from '@integrates/domain';
import { isIntegratesError } from '@integrates/errors';
import { CVSS } from './findings-world';

/**
 * Random sequences of lifecycle mutations over one finding, called as the domain functions they are
 * (the API only adds authorization in front). After every step: each of the four histories of every
 * vulnerability ends with its current value, in strictly increasing dates, and the states follow the
 * state machine; the finding's stored indicators equal a recomputation from its vulnerabilities and an
 * independent count; no count is negative.
 */
const ADMIN = 'admin@fluidattacks.com';
const DAY = 86_400_000;
const SLOTS = 5;
const JUSTIFICATION = 'Justified by the property test';

const NEXT_STATES: Readonly<Record<VulnerabilityStateStatus, readonly VulnerabilityStateStatus[]>> = {
  SUBMITTED: ['VULNERABLE', 'REJECTED', 'DELETED'],
  REJECTED: ['SUBMITTED', 'DELETED'],
  VULNERABLE: ['SAFE', 'DELETED'],
  SAFE: [],
  DELETED: [],
  MASKED: [],
};

type Step =
  | { readonly kind: 'add'; readonly line: number }
  | { readonly kind: 'confirm' | 'reject' | 'resubmit' | 'close' | 'remove' | 'reattack' | 'zeroRisk' | 'confirmZeroRisk' | 'rejectZeroRisk'; readonly slot: number }
  | { readonly kind: 'verify'; readonly slot: number; readonly closed: boolean }
  | { readonly kind: 'treat'; readonly slot: number; readonly treatment: 'IN_PROGRESS' | 'ACCEPTED' | 'ACCEPTED_UNDEFINED'; readonly days: number }
  | { readonly kind: 'decide'; readonly slot: number; readonly approve: boolean }
  | { readonly kind: 'severity'; readonly slot: number; readonly vector: string }
  | { readonly kind: 'expire'; readonly days: number };

const slot = fc.integer({ min: 0, max: SLOTS - 1 });
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), line: fc.integer({ min: 100, max: 120 }) }),
  ...(['confirm', 'confirm', 'reject', 'resubmit', 'close', 'remove', 'reattack', 'zeroRisk', 'confirmZeroRisk', 'rejectZeroRisk'] as const).map((kind) =>
    fc.record({ kind: fc.constant(kind), slot }),
  ),
  fc.record({ kind: fc.constant('verify' as const), slot, closed: fc.boolean() }),
  fc.record({
    kind: fc.constant('treat' as const),
    slot,
    treatment: fc.constantFrom('IN_PROGRESS' as const, 'ACCEPTED' as const, 'ACCEPTED_UNDEFINED' as const),
    days: fc.integer({ min: 1, max: 60 }),
  }),
  fc.record({ kind: fc.constant('decide' as const), slot, approve: fc.boolean() }),
  fc.record({ kind: fc.constant('severity' as const), slot, vector: fc.constantFrom('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N', CVSS) }),
  fc.record({ kind: fc.constant('expire' as const), days: fc.integer({ min: 0, max: 90 }) }),
);

const checkHistory = <S extends VersionedState>(history: readonly S[], current: S | undefined, what: string): void => {
  if (!current) {
    expect({ what, history }).toEqual({ what, history: [] });
    return;
  }
  expect({ what, last: history.at(-1) }).toEqual({ what, last: current });
  for (let index = 1; index < history.length; index += 1) {
    expect((history[index - 1] as S).modifiedDate < (history[index] as S).modifiedDate).toBe(true);
  }
};

/** Every number anywhere in a value. */
const numbersIn = (value: unknown): readonly number[] =>
  typeof value === 'number' ? [value] : typeof value === 'object' && value !== null ? Object.values(value).flatMap(numbersIn) : [];

describe('the vulnerability lifecycle (property)', () => {
  let store: TestStore;
  let runs = 0;
  const signingKey = new Uint8Array(32);
  const context = (): DomainContext => ({ loaders: createDataloaders(), viewer: { email: ADMIN, via: 'session', credentialId: 'property' }, signingKey });
  const organization = anOrganization({ name: 'propertyorg' });

  beforeAll(async () => {
    store = await startTestStore('findings_lifecycle_property');
    await addOrganization(organization);
    await putStakeholder(aStakeholder({ email: ADMIN, role: 'admin' }));
  });
  afterAll(() => store.stop());

  /** Runs one step; refusals the domain explains (IntegratesError) are part of the game. */
  const run = async (findingId: string, ids: readonly string[], current: Step): Promise<void> => {
    const id = 'slot' in current ? ids[current.slot % Math.max(ids.length, 1)] : undefined;
    const one = id ? [id] : [];
    const now = Date.now();
    try {
      switch (current.kind) {
        case 'add':
          await addVulnerabilities(context(), findingId, { lines: [{ path: 'src/app.ts', line: current.line }] });
          return;
        case 'confirm':
          await confirmVulnerabilities(context(), findingId, one);
          return;
        case 'reject':
          await rejectVulnerabilities(context(), findingId, one, ['NAMING']);
          return;
        case 'resubmit':
          await resubmitVulnerabilities(context(), findingId, one);
          return;
        case 'close':
          await closeVulnerabilities(context(), findingId, one);
          return;
        case 'remove':
          if (id) await removeVulnerability(context(), findingId, id, 'DUPLICATED');
          return;
        case 'reattack':
          await requestVulnerabilitiesVerification(context(), findingId, JUSTIFICATION, one);
          return;
        case 'verify':
          await verifyVulnerabilitiesRequest(context(), findingId, JUSTIFICATION, current.closed ? [] : one, current.closed ? one : []);
          return;
        case 'zeroRisk':
          await requestVulnerabilitiesZeroRisk(context(), findingId, JUSTIFICATION, one);
          return;
        case 'confirmZeroRisk':
          await confirmVulnerabilitiesZeroRisk(context(), findingId, JUSTIFICATION, one);
          return;
        case 'rejectZeroRisk':
          await rejectVulnerabilitiesZeroRisk(context(), findingId, JUSTIFICATION, one);
          return;
        case 'treat':
          if (id) {
            const acceptanceDate = new Date(now + current.days * DAY).toISOString();
            await updateVulnerabilitiesTreatment(context(), findingId, id, { treatment: current.treatment, justification: JUSTIFICATION, acceptanceDate });
          }
          return;
        case 'decide':
          await handleVulnerabilitiesAcceptance(context(), findingId, current.approve ? one : [], current.approve ? [] : one, JUSTIFICATION);
          return;
        case 'severity':
          await updateVulnerabilitiesSeverity(context(), findingId, one, current.vector);
          return;
        case 'expire':
          await expireTemporaryAcceptances(context(), now + current.days * DAY);
          return;
      }
    } catch (error) {
      if (!isIntegratesError(error)) throw error;
    }
  };

  const checkInvariants = async (findingId: string): Promise<readonly Vulnerability[]> => {
    const [finding] = await getFindings([findingId]);
    if (!finding) throw new Error('the finding vanished');
    const vulnerabilities = await getAllFindingVulnerabilities(findingId);
    for (const vulnerability of vulnerabilities) {
      const states = await getVulnerabilityHistoricState(vulnerability);
      checkHistory(states, vulnerability.state, `state of ${vulnerability.id}`);
      states.slice(1).forEach((state, index) => expect(NEXT_STATES[(states[index] as typeof state).status]).toContain(state.status));
      checkHistory(await getVulnerabilityHistoricTreatment(vulnerability), vulnerability.treatment, `treatment of ${vulnerability.id}`);
      checkHistory(await getVulnerabilityHistoricVerification(vulnerability), vulnerability.verification, `verification of ${vulnerability.id}`);
      checkHistory(await getVulnerabilityHistoricZeroRisk(vulnerability), vulnerability.zeroRisk, `zero risk of ${vulnerability.id}`);
    }
    const stored = storedFindingIndicators(finding);
    expect(stored).toEqual(computeFindingIndicators(vulnerabilities, finding));
    const counted = vulnerabilities.filter((vulnerability) => !isZeroRisk(vulnerability));
    const open = counted.filter((vulnerability) => vulnerability.state.status === 'VULNERABLE').length;
    const closed = counted.filter((vulnerability) => vulnerability.state.status === 'SAFE').length;
    expect(stored).toMatchObject({
      openVulnerabilities: open,
      closedVulnerabilities: closed,
      submittedVulnerabilities: counted.filter((vulnerability) => vulnerability.state.status === 'SUBMITTED').length,
      rejectedVulnerabilities: counted.filter((vulnerability) => vulnerability.state.status === 'REJECTED').length,
      status: open > 0 ? 'VULNERABLE' : closed > 0 ? 'SAFE' : 'DRAFT',
    });
    const summary = stored?.treatmentSummary;
    expect(summary && summary.untreated + summary.inProgress + summary.accepted + summary.acceptedUndefined).toBe(open);
    expect(numbersIn(stored).filter((value) => value < 0)).toEqual([]);
    return vulnerabilities;
  };

  it('keeps histories, indicators and counts consistent whatever the sequence', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 14 }), async (steps) => {
        runs += 1;
        const groupName = `property${runs}`;
        await addGroup(aGroup({ name: groupName, organizationId: organization.id, organizationName: organization.name }));
        const finding = await addFinding(context(), {
          groupName,
          title: '001. SQL injection',
          description: 'd',
          threat: 't',
          recommendation: 'r',
          attackVectorDescription: 'a',
          unfulfilledRequirements: ['169'],
          cvssVector: CVSS,
        });
        await addVulnerabilities(context(), finding.id, { lines: Array.from({ length: SLOTS }, (_, line) => ({ path: 'src/app.ts', line: line + 1 })) });
        let ids = (await checkInvariants(finding.id)).map((vulnerability) => vulnerability.id).sort();
        for (const current of steps) {
          await run(finding.id, ids, current);
          ids = (await checkInvariants(finding.id)).map((vulnerability) => vulnerability.id).sort();
        }
      }),
      { numRuns: 20 },
    );
    // Twenty sequences of up to 14 steps, each followed by reading every history: minutes on a busy machine.
  }, 300_000);
});
