import {
  createDataloaders,
  getGroups,
  getOrganizationsById,
  nextModifiedDate,
  updateGroupPolicies,
  updateOrganizationPolicies,
  type Policies,
} from '@integrates/db-model';
import { withFirstAnswerDropped } from '@integrates/db-model/testing';
import { expireTemporaryAcceptances } from '@integrates/domain';
import { addFindingAs, dataOf, errorOf, PEOPLE, releasedLines, startWorld, type World } from './findings-world';

const TREAT = `mutation Treat($findingId: String!, $id: String!, $treatment: UpdateClientDescriptionTreatment!, $justification: String!, $assigned: String, $date: String) {
  updateVulnerabilitiesTreatment(findingId: $findingId, vulnerabilityId: $id, treatment: $treatment, justification: $justification,
    assigned: $assigned, acceptanceDate: $date) { success } }`;
const HANDLE = `mutation Handle($findingId: String!, $accepted: [String!]!, $rejected: [String!]!) {
  handleVulnerabilitiesAcceptance(findingId: $findingId, acceptedVulnerabilities: $accepted, rejectedVulnerabilities: $rejected,
    justification: "Reviewed with the security committee") { success updatedVulnerabilities failedVulnerabilities { id code message } } }`;
const TREATMENT = `query($id: String!) { vulnerability(uuid: $id) {
  treatmentStatus treatmentAssigned treatmentAcceptanceDate treatmentAcceptanceStatus treatmentJustification treatmentUser treatmentChanges
  historicTreatment { status acceptanceStatus assigned } } }`;

const JUSTIFICATION = 'We will fix it in the next sprint';
const DAY = 86_400_000;
const inDays = (days: number): string => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

interface Treatment {
  readonly treatmentStatus: string;
  readonly treatmentAssigned: string | null;
  readonly treatmentAcceptanceDate: string | null;
  readonly treatmentAcceptanceStatus: string | null;
  readonly treatmentChanges: number;
  readonly historicTreatment: readonly { status: string; acceptanceStatus: string | null; assigned: string | null }[];
}

describe('treatments and acceptances', () => {
  let world: World;
  let findingId: string;
  let ids: readonly string[];
  beforeAll(async () => {
    world = await startWorld('findings_treatment_test');
    findingId = await addFindingAs(world);
    ids = await releasedLines(world, findingId, 12);
  });
  afterAll(() => world.stop());

  const treat = (person: Parameters<World['as']>[0], id: string | undefined, variables: Record<string, unknown>) =>
    world.as(person, TREAT, { findingId, id, justification: JUSTIFICATION, ...variables });
  const treatmentOf = async (id: string | undefined): Promise<Treatment> =>
    dataOf<{ vulnerability: Treatment }>(await world.as('admin', TREATMENT, { id })).vulnerability;

  const setPolicies = async (where: 'organization' | 'group', values: Partial<Policies>) => {
    if (where === 'organization') {
      const [organization] = await getOrganizationsById([world.organizationId]);
      if (!organization) throw new Error('no organization');
      await updateOrganizationPolicies(organization, { ...values, modifiedBy: PEOPLE.admin.email, modifiedDate: nextModifiedDate(organization.policies.modifiedDate) });
    } else {
      const [group] = await getGroups([world.groupName]);
      if (!group) throw new Error('no group');
      await updateGroupPolicies(group, { ...values, modifiedBy: PEOPLE.admin.email, modifiedDate: nextModifiedDate(group.policies?.modifiedDate) });
    }
  };

  it('tells the client to retry when the store lost the answer to a treatment\'s commit, and the finding counts what was stored', async () => {
    const id = ids[10] ?? '';
    const SUMMARY = 'query($f: String!) { finding(identifier: $f) { treatmentSummary { untreated inProgress } } }';
    const summary = async () => dataOf<{ finding: { treatmentSummary: { untreated: number; inProgress: number } } }>(await world.as('admin', SUMMARY, { f: findingId })).finding.treatmentSummary;
    const before = await summary();
    const { result: answer, dropped, matched } = await withFirstAnswerDropped(
      world.store,
      (operation, body) => operation === 'UpdateItem' && body.includes(id),
      () => treat('manager', id, { treatment: 'IN_PROGRESS' }),
    );
    expect({ dropped, matched }).toEqual({ dropped: 1, matched: 2 });
    expect(errorOf(answer)).toEqual({ code: 'UNAVAILABLE', message: 'Service unavailable, please retry' });
    expect((await treatmentOf(id)).historicTreatment.map(({ status }) => status)).toEqual(['UNTREATED', 'IN_PROGRESS']);
    expect(await summary()).toEqual({ untreated: before.untreated - 1, inProgress: before.inProgress + 1 });
  });

  it('sets a treatment; who is not a manager is assigned themselves; the same values twice are refused', async () => {
    dataOf(await treat('user', ids[0], { treatment: 'IN_PROGRESS', assigned: PEOPLE.manager.email }));
    expect(await treatmentOf(ids[0])).toMatchObject({
      treatmentStatus: 'IN_PROGRESS',
      treatmentAssigned: PEOPLE.user.email,
      treatmentChanges: 1,
      historicTreatment: [{ status: 'UNTREATED' }, { status: 'IN_PROGRESS', assigned: PEOPLE.user.email }],
    });
    expect(errorOf(await treat('user', ids[0], { treatment: 'IN_PROGRESS' }))).toEqual({ code: 'SAME_VALUES', message: 'Exception - Same values' });
  });

  it('lets managers assign to a registered stakeholder whose role may be assigned, and nobody else', async () => {
    dataOf(await treat('manager', ids[1], { treatment: 'IN_PROGRESS', assigned: PEOPLE.vulnerabilityManager.email }));
    expect((await treatmentOf(ids[1])).treatmentAssigned).toBe(PEOPLE.vulnerabilityManager.email);
    const invalid = 'Exception - The assignee must be a registered stakeholder of the group whose role may be assigned vulnerabilities';
    for (const assigned of [PEOPLE.hacker.email, PEOPLE.stranger.email, 'nobody@customer.com']) {
      expect(errorOf(await treat('manager', ids[1], { treatment: 'IN_PROGRESS', assigned }))).toEqual({ code: 'INVALID_ASSIGNEE', message: invalid });
    }
    const assigned = dataOf<{ me: { vulnerabilitiesAssigned: { id: string }[] } }>(await world.as('vulnerabilityManager', '{ me { vulnerabilitiesAssigned { id } } }'));
    expect(assigned.me.vulnerabilitiesAssigned.map((vulnerability) => vulnerability.id)).toEqual([ids[1]]);
  });

  it('refuses unreleased and closed vulnerabilities, and those of another finding', async () => {
    const other = await addFindingAs(world, '083. XML injection (XXE)', ['173']);
    await world.as('hacker', `mutation($f: String!) { addVulnerabilities(findingId: $f, vulnerabilities: { lines: [{ path: "x.xml", line: "1" }] }) { success } }`, { f: other });
    const submitted = dataOf<{ finding: { vulnerabilitiesConnection: { edges: { node: { id: string } }[] } } }>(
      await world.as('admin', `query($f: String!) { finding(identifier: $f) { vulnerabilitiesConnection(state: SUBMITTED) { edges { node { id } } } } }`, { f: other }),
    ).finding.vulnerabilitiesConnection.edges[0]?.node.id;
    expect(errorOf(await world.as('user', TREAT, { findingId: other, id: submitted, treatment: 'IN_PROGRESS', justification: JUSTIFICATION }))).toEqual({
      code: 'VULNERABILITY_NOT_RELEASED',
      message: 'Exception - The vulnerability has not been released',
    });
    expect(errorOf(await treat('user', submitted, { treatment: 'IN_PROGRESS' }))?.code).toBe('VULNERABILITY_NOT_FOUND');
    await world.as('hacker', `mutation($f: String!, $v: [String!]!) { closeVulnerabilities(findingId: $f, vulnerabilities: $v) { success } }`, { f: findingId, v: [ids[11]] });
    expect(errorOf(await treat('user', ids[11], { treatment: 'IN_PROGRESS' }))).toEqual({
      code: 'VULNERABILITY_ALREADY_CLOSED',
      message: 'Exception - The vulnerability has already been closed',
    });
    expect(errorOf(await treat('user', ids[2], { treatment: 'IN_PROGRESS', justification: 'short' }))).toEqual({
      code: 'INVALID_FIELD_LENGTH',
      message: 'Exception - Invalid field length: justification must have between 10 and 10000 characters',
    });
  });

  it('checks temporary acceptances against the organization\'s policies, or the group\'s when it has its own', async () => {
    expect(errorOf(await treat('user', ids[2], { treatment: 'ACCEPTED' }))?.code).toBe('INVALID_ACCEPTANCE_DATE');
    expect(errorOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: 'next week' }))?.code).toBe('INVALID_ACCEPTANCE_DATE');
    const days = 'Exception - Chosen date is either in the past or exceeds the maximum number of days allowed by the defined policy';
    expect(errorOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: inDays(-2) }))).toEqual({ code: 'INVALID_ACCEPTANCE_DAYS', message: days });

    await setPolicies('organization', { maxAcceptanceDays: 10, maxNumberAcceptances: 1, minAcceptanceSeverity: 0, maxAcceptanceSeverity: 10 });
    expect(errorOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: inDays(20) }))).toEqual({ code: 'INVALID_ACCEPTANCE_DAYS', message: days });
    dataOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: inDays(5) }));
    const accepted = await treatmentOf(ids[2]);
    expect(accepted.treatmentStatus).toBe('ACCEPTED');
    expect(accepted.treatmentAcceptanceDate?.slice(0, 10)).toBe(inDays(5));

    dataOf(await treat('user', ids[2], { treatment: 'IN_PROGRESS' }));
    expect(errorOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: inDays(5) }))).toEqual({
      code: 'INVALID_NUMBER_ACCEPTANCES',
      message: 'Exception - Vulnerability has been accepted the maximum number of times allowed by the defined policy',
    });

    // The group's own policies take over from the organization's.
    await setPolicies('group', { maxAcceptanceDays: 30, maxNumberAcceptances: 5, maxAcceptanceSeverity: 5 });
    expect(errorOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: inDays(20) }))).toEqual({
      code: 'INVALID_ACCEPTANCE_SEVERITY',
      message: 'Exception - Vulnerability cannot be accepted, severity outside of range set by the defined policy',
    });
    expect(errorOf(await treat('user', ids[3], { treatment: 'ACCEPTED_UNDEFINED' }))?.code).toBe('INVALID_ACCEPTANCE_SEVERITY');
    await setPolicies('group', { maxAcceptanceDays: 30, maxNumberAcceptances: 5, maxAcceptanceSeverity: 10 });
    dataOf(await treat('user', ids[2], { treatment: 'ACCEPTED', date: inDays(20) }));
  });

  it('sends permanent acceptances for approval; managers approve, or reject and the previous treatment returns', async () => {
    dataOf(await treat('user', ids[4], { treatment: 'ACCEPTED_UNDEFINED' }));
    dataOf(await treat('user', ids[5], { treatment: 'IN_PROGRESS' }));
    dataOf(await treat('user', ids[5], { treatment: 'ACCEPTED_UNDEFINED' }));
    expect((await treatmentOf(ids[4])).treatmentAcceptanceStatus).toBe('SUBMITTED');

    expect(errorOf(await world.as('user', HANDLE, { findingId, accepted: [ids[4]], rejected: [] }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('manager', HANDLE, { findingId, accepted: [ids[4]], rejected: [ids[4]] }))?.code).toBe('REPEATED_VULNERABILITIES');
    const handled = dataOf<{ handleVulnerabilitiesAcceptance: { updatedVulnerabilities: string[]; failedVulnerabilities: unknown[] } }>(
      await world.as('manager', HANDLE, { findingId, accepted: [ids[4], ids[6]], rejected: [ids[5]] }),
    ).handleVulnerabilitiesAcceptance;
    expect(handled.updatedVulnerabilities.sort()).toEqual([ids[4], ids[5]].sort());
    expect(handled.failedVulnerabilities).toEqual([
      { id: ids[6], code: 'ACCEPTANCE_NOT_REQUESTED', message: 'Exception - It cant handle acceptance without being requested' },
    ]);
    expect(await treatmentOf(ids[4])).toMatchObject({ treatmentStatus: 'ACCEPTED_UNDEFINED', treatmentAcceptanceStatus: 'APPROVED', treatmentAssigned: PEOPLE.user.email });
    const rejected = await treatmentOf(ids[5]);
    expect(rejected.treatmentStatus).toBe('IN_PROGRESS');
    expect(rejected.historicTreatment.map((entry) => [entry.status, entry.acceptanceStatus])).toEqual([
      ['UNTREATED', null],
      ['IN_PROGRESS', null],
      ['ACCEPTED_UNDEFINED', 'SUBMITTED'],
      ['ACCEPTED_UNDEFINED', 'REJECTED'],
      ['IN_PROGRESS', null],
    ]);
    // An approved acceptance is no longer awaiting a decision.
    const approved = dataOf<{ handleVulnerabilitiesAcceptance: { failedVulnerabilities: { code: string }[] } }>(
      await world.as('vulnerabilityManager', HANDLE, { findingId, accepted: [], rejected: [ids[4]] }),
    );
    expect(approved.handleVulnerabilitiesAcceptance.failedVulnerabilities.map((failure) => failure.code)).toEqual(['ACCEPTANCE_NOT_REQUESTED']);
    // Rejecting a request made from UNTREATED returns it to UNTREATED.
    dataOf(await treat('user', ids[9], { treatment: 'ACCEPTED_UNDEFINED' }));
    dataOf(await world.as('vulnerabilityManager', HANDLE, { findingId, accepted: [], rejected: [ids[9]] }));
    expect((await treatmentOf(ids[9])).treatmentStatus).toBe('UNTREATED');
  });

  it('returns lapsed temporary acceptances to UNTREATED when the expiry job runs', async () => {
    dataOf(await treat('user', ids[7], { treatment: 'ACCEPTED', date: inDays(3) }));
    const context = { loaders: createDataloaders(), signingKey: world.signingKey };
    expect(await expireTemporaryAcceptances(context, Date.now())).toEqual({ expired: 0, failed: 0 });
    const report = await expireTemporaryAcceptances({ ...context, loaders: createDataloaders() }, Date.now() + 40 * DAY);
    // ids[2] (20 days) and ids[7] (3 days) have lapsed 40 days from now.
    expect(report).toEqual({ expired: 2, failed: 0 });
    for (const id of [ids[2], ids[7]]) {
      const treatment = await treatmentOf(id);
      expect(treatment.treatmentStatus).toBe('UNTREATED');
      expect(treatment.historicTreatment.at(-2)?.status).toBe('ACCEPTED');
    }
  });

  it('lets treatment editors change treatments, and not reviewers, the CI agent or strangers', async () => {
    for (const person of ['reviewer', 'reattacker', 'forces', 'stranger'] as const) {
      expect(errorOf(await treat(person, ids[8], { treatment: 'IN_PROGRESS' }))?.message).toBe('Access denied');
    }
    dataOf(await treat('hacker', ids[8], { treatment: 'IN_PROGRESS' }));
    expect((await treatmentOf(ids[8])).treatmentAssigned).toBe(PEOPLE.hacker.email);
  });
});
