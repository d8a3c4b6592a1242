import { startTestStore, aFinding, aGroup, anOrganization, aStakeholder, aVulnerability, type TestStore } from './testing';
import { AlreadyExistsError, EntityNotFoundError, InvalidKeyError, InvalidRecordError } from './model/errors';
import { nextModifiedDate } from './model/dates';
import * as db from './index';

const BY = 'admin@example.com';
const later = (previous: string) => nextModifiedDate(previous);

describe('entities against the store', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await startTestStore();
  });
  afterAll(() => store.stop());

  it('stakeholder: add, read, update, remove, and the creation guard', async () => {
    const jane = aStakeholder({ email: 'jane@example.com' });
    await db.addStakeholder(jane);
    await expect(db.addStakeholder(jane)).rejects.toBeInstanceOf(AlreadyExistsError);
    const [read] = await db.getStakeholders(['JANE@example.com']);
    expect(read).toEqual(jane);
    const updated = await db.updateStakeholder(jane, { lastName: undefined, isConcurrentSession: true });
    expect((await db.getStakeholders([jane.email]))[0]).toEqual(updated);
    expect(updated.lastName).toBeUndefined();
    expect((await db.getAllStakeholders()).map((s) => s.email)).toContain('jane@example.com');
    await db.removeStakeholder(jane.email);
    expect((await db.getStakeholders([jane.email]))[0]).toBeUndefined();
  });

  it('organization: unique names, lookups by id and name, state and policies with history', async () => {
    const organization = anOrganization({ name: 'acme' });
    await db.addOrganization(organization);
    await expect(db.addOrganization({ ...organization, id: 'another-id' })).rejects.toBeInstanceOf(AlreadyExistsError);
    await db.addOrganization(organization).catch((error: unknown) => expect(error).toBeInstanceOf(AlreadyExistsError));
    expect((await db.getOrganizationsById([organization.id]))[0]).toEqual(organization);
    expect((await db.getOrganizationsByName(['ACME', 'nobody']))).toEqual([organization, undefined]);

    const policies = { ...organization.policies, maxAcceptanceDays: 30, modifiedDate: later(organization.policies.modifiedDate) };
    const withPolicies = await db.updateOrganizationPolicies(organization, policies);
    const deleted = await db.updateOrganizationState(withPolicies, {
      status: 'DELETED',
      modifiedBy: BY,
      modifiedDate: later(organization.state.modifiedDate),
    });
    const [stored] = await db.getOrganizationsById([organization.id]);
    expect(stored).toEqual(deleted);
    expect(await db.getOrganizationHistoricPolicies(deleted)).toEqual([organization.policies, policies]);
    expect((await db.getOrganizationHistoricState(deleted)).map((state) => state.status)).toEqual(['ACTIVE', 'DELETED']);
  });

  it('group: unique names across organizations, listing, state, plain updates', async () => {
    const group = aGroup({ name: 'gammagroup', organizationId: 'org-1' });
    await db.addGroup(group);
    await expect(db.addGroup({ ...group, organizationId: 'org-2' })).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await db.getGroups(['gammagroup']))[0]).toEqual(group);
    expect(await db.getOrganizationGroups('org-1')).toEqual([group]);
    expect(await db.getOrganizationGroups('org-2')).toEqual([]);
    const described = await db.updateGroupMetadata(group, { description: 'New description' });
    const state = { ...group.state, hasSquad: false, modifiedDate: later(group.state.modifiedDate) };
    const next = await db.updateGroupState(described, state);
    expect((await db.getGroups(['gammagroup']))[0]).toEqual(next);
    expect(await db.getGroupHistoricState(next)).toEqual([group.state, state]);
  });

  it('accesses: grant, list by user and by parent, update with history, remove', async () => {
    const state = { hasAccess: true, role: 'user', modifiedBy: BY, modifiedDate: '2026-01-01T00:00:00.000Z' };
    const access = { email: 'bob@example.com', groupName: 'gammagroup', state };
    await db.addGroupAccess(access);
    await expect(db.addGroupAccess(access)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(await db.getStakeholderGroupAccesses('bob@example.com')).toEqual([access]);
    expect(await db.getGroupStakeholderAccesses('gammagroup')).toEqual([access]);
    const promoted = await db.updateGroupAccessState(access, { ...state, role: 'user_manager', modifiedDate: later(state.modifiedDate) });
    expect(await db.getGroupAccessHistory(promoted)).toEqual([state, promoted.state]);
    await db.removeGroupAccess(promoted);
    expect(await db.getGroupAccesses([{ email: 'bob@example.com', groupName: 'gammagroup' }])).toEqual([undefined]);
    await expect(db.removeGroupAccess(promoted)).rejects.toBeInstanceOf(EntityNotFoundError);

    const organizationAccess = { email: 'bob@example.com', organizationId: 'org-1', state };
    await db.addOrganizationAccess(organizationAccess);
    expect(await db.getOrganizationStakeholderAccesses('org-1')).toEqual([organizationAccess]);
    expect(await db.getStakeholderOrganizationAccesses('bob@example.com')).toEqual([organizationAccess]);
  });

  it('finding: guard, lookup by id, group listing, state and verification histories', async () => {
    const finding = aFinding({ groupName: 'gammagroup' });
    await db.addFinding(finding);
    await expect(db.addFinding(finding)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(await db.getFindings([finding.id, 'missing'])).toEqual([finding, undefined]);
    expect(await db.getGroupFindings('gammagroup')).toEqual([finding]);
    const verification = { status: 'REQUESTED' as const, modifiedBy: BY, modifiedDate: later(finding.state.modifiedDate) };
    const requested = await db.updateFindingVerification(finding, verification);
    const removed = await db.updateFindingState(requested, {
      status: 'DELETED',
      source: 'ANALYST',
      justification: 'DUPLICATED',
      modifiedBy: BY,
      modifiedDate: later(verification.modifiedDate),
    });
    expect((await db.getFindings([finding.id]))[0]).toEqual(removed);
    expect((await db.getFindingHistoricState(removed)).map((state) => state.status)).toEqual(['CREATED', 'DELETED']);
    expect(await db.getFindingHistoricVerification(removed)).toEqual([verification]);
    const retitled = await db.updateFindingMetadata(removed, { description: 'Updated' });
    expect((await db.getFindings([finding.id]))[0]?.description).toBe(retitled.description);
  });

  it('vulnerability: indexes by assignee, root, event and hash follow the state', async () => {
    const vulnerability = aVulnerability({ findingId: 'fin-idx', rootId: 'root-1' });
    await db.addVulnerability(vulnerability);
    await expect(db.addVulnerability(vulnerability)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(await db.getRootVulnerabilities('root-1')).toEqual([vulnerability]);
    expect(await db.getVulnerabilitiesByHash('fin-idx', vulnerability.hash)).toEqual([vulnerability]);
    expect(await db.getAssignedVulnerabilities('assignee@example.com')).toEqual([]);
    const assigned = await db.updateVulnerabilityStates(vulnerability, {
      treatment: { status: 'IN_PROGRESS', assigned: 'assignee@example.com', modifiedBy: BY, modifiedDate: later(vulnerability.createdDate) },
      verification: { status: 'ON_HOLD', eventId: 'evt-1', modifiedBy: BY, modifiedDate: later(vulnerability.createdDate) },
    });
    expect(await db.getAssignedVulnerabilities('assignee@example.com')).toEqual([assigned]);
    expect(await db.getEventVulnerabilities('evt-1')).toEqual([assigned]);
    const released = await db.updateVulnerabilityStates(assigned, {
      treatment: { status: 'UNTREATED', modifiedBy: BY, modifiedDate: later(assigned.treatment?.modifiedDate ?? '') },
    });
    expect(await db.getAssignedVulnerabilities('assignee@example.com')).toEqual([]);
    expect((await db.getVulnerabilityHistoricTreatment(released)).map((t) => t.status)).toEqual(['UNTREATED', 'IN_PROGRESS', 'UNTREATED']);
    const overridden = await db.updateVulnerabilityMetadata(released, { tags: ['pci'] });
    expect((await db.getVulnerabilities([vulnerability.id]))[0]).toEqual(overridden);
  });

  it('comments: threads by finding, group and event, oldest first', async () => {
    const base = { parentId: '0', commentType: 'CONSULT' as const, content: 'Is this exploitable?', email: BY };
    await db.addFindingComment({ ...base, id: '2', findingId: 'fin-c', creationDate: '2026-01-02T00:00:00.000Z' });
    await db.addFindingComment({ ...base, id: '1', findingId: 'fin-c', creationDate: '2026-01-01T00:00:00.000Z' });
    await expect(
      db.addFindingComment({ ...base, id: '1', findingId: 'fin-c', creationDate: '2026-01-01T00:00:00.000Z' }),
    ).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await db.getFindingComments('fin-c')).map((c) => c.id)).toEqual(['1', '2']);
    await db.addGroupComment({ ...base, id: '3', groupName: 'gammagroup', creationDate: '2026-01-01T00:00:00.000Z' });
    expect((await db.getGroupComments('gammagroup')).map((c) => c.id)).toEqual(['3']);
    await db.addEventComment({ ...base, id: '4', eventId: '42', groupName: 'gammagroup', creationDate: '2026-01-01T00:00:00.000Z' });
    expect((await db.getEventComments('42', 'gammagroup')).map((c) => c.id)).toEqual(['4']);
  });

  it('event: past states first, solved and unsolved listings, history', async () => {
    const open = { status: 'OPEN' as const, modifiedBy: BY, modifiedDate: '2026-01-01T00:00:00.000Z' };
    const created = { status: 'CREATED' as const, modifiedBy: BY, modifiedDate: '2026-01-02T00:00:00.000Z' };
    const event = {
      id: '12345678',
      groupName: 'gammagroup',
      organizationId: 'org-1',
      hacker: BY,
      createdBy: BY,
      createdDate: created.modifiedDate,
      description: 'The VPN is down',
      eventDate: open.modifiedDate,
      type: 'VPN_ISSUES',
      state: created,
    };
    await db.addEvent(event, [open]);
    await expect(db.addEvent(event)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(await db.getGroupEvents('gammagroup', false)).toEqual([event]);
    const solved = await db.updateEventState(event, { status: 'SOLVED', reason: 'ACCESS_GRANTED', modifiedBy: BY, modifiedDate: later(created.modifiedDate) }, '2026-01-03T00:00:00.000Z');
    expect(await db.getGroupEvents('gammagroup', false)).toEqual([]);
    expect(await db.getGroupEvents('gammagroup', true)).toEqual([solved]);
    expect((await db.getEventHistoricState(solved)).map((s) => s.status)).toEqual(['OPEN', 'CREATED', 'SOLVED']);
  });

  it('root: add, list by group and organization, state history', async () => {
    const root = {
      id: 'root-42',
      groupName: 'gammagroup',
      organizationName: 'acme',
      type: 'Git' as const,
      createdBy: BY,
      createdDate: '2026-01-01T00:00:00.000Z',
      state: { status: 'ACTIVE' as const, nickname: 'back', url: 'https://example.com/back.git', branch: 'main', modifiedBy: BY, modifiedDate: '2026-01-01T00:00:00.000Z' },
    };
    await db.addRoot(root);
    await expect(db.addRoot(root)).rejects.toBeInstanceOf(AlreadyExistsError);
    expect(await db.getGroupRoots('gammagroup')).toEqual([root]);
    expect(await db.getOrganizationRoots('acme')).toEqual([root]);
    const inactive = await db.updateRootState(root, { ...root.state, status: 'INACTIVE', reason: 'OUT_OF_SCOPE', modifiedDate: later(root.state.modifiedDate) });
    expect(await db.getRoots([{ id: 'root-42', groupName: 'gammagroup' }])).toEqual([inactive]);
    expect((await db.getRootHistoricState(inactive)).map((s) => s.status)).toEqual(['ACTIVE', 'INACTIVE']);
  });

  it('refuses key values that would break the key grammar, and records that do not fit the schema', async () => {
    await expect(db.addStakeholder(aStakeholder({ email: 'a#b@example.com' }))).rejects.toBeInstanceOf(InvalidKeyError);
    await expect(db.addGroup(aGroup({ name: 'bad#name' }))).rejects.toThrow('The group name "bad#name" cannot be stored');
    const broken = { ...aVulnerability(), type: 'SOMETHING' } as unknown as db.Vulnerability;
    await expect(db.addVulnerability(broken)).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(db.addVulnerabilities([aVulnerability(), broken])).rejects.toBeInstanceOf(InvalidRecordError);
  });
});
