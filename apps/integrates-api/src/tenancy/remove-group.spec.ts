import {
  addFinding,
  addRoot,
  addVulnerabilities,
  getFindingHistoricState,
  getFindings,
  getGroupHistoricState,
  getGroups,
  getGroupStakeholderAccesses,
  getGroupRoots,
  getVulnerabilities,
  getVulnerabilityHistoricState,
} from '@integrates/db-model';
import { aFinding, aVulnerability } from '@integrates/db-model/testing';
import { messages, startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const ADMIN = 'admin@fluidattacks.com';
const MANAGER = 'manager@customer.com';
const USER = 'user@customer.com';
const DATE = '2026-01-01T00:00:00.000Z';

const REMOVE = 'mutation R($group: String!, $reason: RemoveGroupReason!, $comments: String) { removeGroup(groupName: $group, reason: $reason, comments: $comments) { success } }';

describe('removeGroup through HTTP: nothing erased, everything masked', () => {
  let h: TenancyHarness;

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_remove_group');
    await h.stakeholder(ADMIN, 'admin');
    await h.stakeholder(MANAGER, 'user');
    await h.stakeholder(USER, 'user');
  });
  afterAll(() => h.stop());

  it('masks the findings and vulnerabilities, deactivates the roots, marks the group DELETED and removes its accesses', async () => {
    const organization = await h.organization('removalorg', { [MANAGER]: 'user_manager' });
    await h.group(organization, 'doomed', { [MANAGER]: 'user_manager', [USER]: 'user' });
    const findings = [aFinding({ groupName: 'doomed' }), aFinding({ groupName: 'doomed', title: '083. XML injection (XXE)' })];
    for (const finding of findings) await addFinding(finding);
    const vulnerabilities = [
      ...Array.from({ length: 30 }, (_, index) =>
        aVulnerability({ findingId: findings[0]?.id ?? '', groupName: 'doomed', organizationName: 'removalorg', state: { ...aVulnerability().state, specific: String(index + 1) } }),
      ),
      aVulnerability({
        findingId: findings[1]?.id ?? '',
        groupName: 'doomed',
        organizationName: 'removalorg',
        state: { ...aVulnerability().state, status: 'SAFE' },
        verification: { status: 'REQUESTED', modifiedBy: USER, modifiedDate: DATE },
      }),
    ];
    await addVulnerabilities(vulnerabilities);
    await addRoot({
      id: 'doomed-root',
      groupName: 'doomed',
      organizationName: 'removalorg',
      type: 'IP',
      createdBy: MANAGER,
      createdDate: DATE,
      state: { status: 'ACTIVE', nickname: 'server', address: '10.9.9.9', modifiedBy: MANAGER, modifiedDate: DATE },
    });

    expect(messages(await h.as(USER, REMOVE, { group: 'doomed', reason: 'NO_SECTST' }))).toEqual(['Access denied']);
    const answer = await h.as(MANAGER, REMOVE, { group: 'doomed', reason: 'NO_SECTST', comments: 'Project cancelled' });
    expect(answer).toEqual({ data: { removeGroup: { success: true } } });

    const [group] = await getGroups(['doomed']);
    expect(group?.state).toMatchObject({ status: 'DELETED', hasAsm: false, hasSquad: false, hasMachine: false, justification: 'NO_SECTST', comments: 'Project cancelled', modifiedBy: MANAGER });
    expect(group && (await getGroupHistoricState(group)).map((state) => state.status)).toEqual(['ACTIVE', 'DELETED']);

    const stored = await getFindings(findings.map((finding) => finding.id));
    expect(stored.map((finding) => finding?.state.status)).toEqual(['MASKED', 'MASKED']);
    expect(stored[0] && (await getFindingHistoricState(stored[0])).map((state) => state.status)).toEqual(['CREATED', 'MASKED']);

    const masked = await getVulnerabilities(vulnerabilities.map((vulnerability) => vulnerability.id));
    expect(masked.every((vulnerability) => vulnerability?.state.status === 'MASKED')).toBe(true);
    expect(masked.at(-1)?.verification?.status).toBe('MASKED');
    const first = masked[0];
    expect(first && (await getVulnerabilityHistoricState(first)).map((state) => state.status)).toEqual(['VULNERABLE', 'MASKED']);

    expect((await getGroupRoots('doomed')).map((root) => [root.state.status, root.state.reason])).toEqual([['INACTIVE', 'GROUP_DELETED']]);
    expect(await getGroupStakeholderAccesses('doomed')).toEqual([]);
    expect(messages(await h.as(MANAGER, '{ group(groupName: "doomed") { name } }'))).toEqual(['Access denied']);
    // The admin still sees it, without services.
    expect((await h.as(ADMIN, '{ group(groupName: "doomed") { name hasAsm hasSquad } }')).data).toEqual({ group: { name: 'doomed', hasAsm: false, hasSquad: false } });
  });

  it('cannot remove a group twice, nor change a removed one', async () => {
    expect(messages(await h.as(ADMIN, REMOVE, { group: 'doomed', reason: 'OTHER' }))).toEqual(['Access denied']);
    expect(messages(await h.as(ADMIN, 'mutation { addGroupTags(groupName: "doomed", tagsData: ["late"]) { success } }'))).toEqual(['Access denied']);
  });

  it('lets an admin remove a group where they hold no role, and refuses long comments', async () => {
    const organization = await h.organization('adminremoval');
    await h.group(organization, 'adminsgroup');
    expect(messages(await h.as(ADMIN, REMOVE, { group: 'adminsgroup', reason: 'MISTAKE', comments: 'x'.repeat(251) }))).toEqual([
      'Exception - Invalid field length in form',
    ]);
    expect((await h.as(ADMIN, REMOVE, { group: 'adminsgroup', reason: 'MISTAKE' })).data).toEqual({ removeGroup: { success: true } });
    expect((await getGroups(['adminsgroup']))[0]?.state.status).toBe('DELETED');
  });
});
