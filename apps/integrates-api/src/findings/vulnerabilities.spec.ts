import { cvssf } from '@integrates/severity';
import { addFindingAs, dataOf, errorOf, idsIn, releasedLines, reportLines, startWorld, type World } from './findings-world';

const PAYLOAD = 'success updatedVulnerabilities failedVulnerabilities { id code message }';
const REMOVE = `mutation($id: String!, $f: String!, $j: VulnerabilityStateReason!) { removeVulnerability(id: $id, findingId: $f, justification: $j) { success } }`;
const CLOSE = `mutation($f: String!, $v: [String!]!) { closeVulnerabilities(findingId: $f, vulnerabilities: $v) { ${PAYLOAD} } }`;
const SEVERITY = `mutation($f: String!, $v: [String!]!, $cvss: String!) { updateVulnerabilitiesSeverity(findingId: $f, vulnerabilityIds: $v, cvssVector: $cvss) { ${PAYLOAD} } }`;
const DETAILS = `mutation($f: String!, $id: String!, $url: String, $tags: [String!]) {
  updateVulnerabilityTreatment(findingId: $f, vulnerabilityId: $id, externalBugTrackingSystem: $url, tags: $tags) { success } }`;
const VULNERABILITY = `query($id: String!) { vulnerability(uuid: $id) { id findingId groupName state severityScore severityVector hasCustomSeverity
  externalBugTrackingSystem tags closingDate finding { id title } } }`;
const LIST = `query($g: String!, $state: VulnerabilityState, $treatment: VulnerabilityTreatmentStatus, $where: String, $first: Int, $after: String) {
  group(groupName: $g) { vulnerabilities(stateStatus: $state, treatment: $treatment, where: $where, first: $first, after: $after) {
    edges { node { id state where } } pageInfo { hasNextPage endCursor } } } }`;

type List = { group: { vulnerabilities: { edges: { node: { id: string; state: string; where: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } };
const payload = (body: Parameters<typeof dataOf>[0]) =>
  Object.values(dataOf<Record<string, { success: boolean; updatedVulnerabilities: string[]; failedVulnerabilities: { id: string; code: string }[] }>>(body))[0];

describe('vulnerabilities: reading, removing, closing, severity and details', () => {
  let world: World;
  let findingId: string;
  let ids: readonly string[];
  beforeAll(async () => {
    world = await startWorld('findings_vulnerabilities_test');
    findingId = await addFindingAs(world);
    ids = await releasedLines(world, findingId, 6);
    await reportLines(world, findingId, 2, 'draft');
  });
  afterAll(() => world.stop());

  it('reads a vulnerability with its finding; histories by role', async () => {
    expect(dataOf(await world.as('user', VULNERABILITY, { id: ids[0] }))).toMatchObject({
      vulnerability: { id: ids[0], findingId, state: 'VULNERABLE', severityScore: 9.1, hasCustomSeverity: false, tags: [], finding: { id: findingId, title: '001. SQL injection' } },
    });
    const histories = `query($id: String!) { vulnerability(uuid: $id) { historicState { status } historicTreatment { status } historicZeroRisk { status } } }`;
    expect(dataOf(await world.as('manager', histories, { id: ids[0] }))).toEqual({
      vulnerability: { historicState: [{ status: 'SUBMITTED' }, { status: 'VULNERABLE' }], historicTreatment: [{ status: 'UNTREATED' }], historicZeroRisk: [] },
    });
    expect(errorOf(await world.as('forces', histories, { id: ids[0] }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('user', `query($id: String!) { vulnerability(uuid: $id) { historicVerification { status } } }`, { id: ids[0] }))?.message).toBe(
      'Access denied',
    );
    expect(errorOf(await world.as('stranger', VULNERABILITY, { id: ids[0] }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('admin', VULNERABILITY, { id: 'no-such-vulnerability' }))?.message).toBe('Access denied');
  });

  it('lists the group\'s vulnerabilities filtered and paged; customers never see unreleased ones', async () => {
    const all = dataOf<List>(await world.as('hacker', LIST, { g: world.groupName, first: 100 })).group.vulnerabilities.edges;
    expect(all).toHaveLength(8);
    const released = dataOf<List>(await world.as('user', LIST, { g: world.groupName, first: 100 })).group.vulnerabilities.edges;
    expect(released.map((edge) => edge.node.id).sort()).toEqual([...ids].sort());
    expect(dataOf<List>(await world.as('user', LIST, { g: world.groupName, state: 'SUBMITTED' })).group.vulnerabilities.edges).toEqual([]);
    expect(dataOf<List>(await world.as('hacker', LIST, { g: world.groupName, state: 'SUBMITTED' })).group.vulnerabilities.edges).toHaveLength(2);
    expect(dataOf<List>(await world.as('hacker', LIST, { g: world.groupName, where: 'FILE-DRAFT' })).group.vulnerabilities.edges).toHaveLength(2);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: List['group']['vulnerabilities'] = dataOf<List>(await world.as('user', LIST, { g: world.groupName, first: 4, after })).group.vulnerabilities;
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([...ids].sort());
    expect(errorOf(await world.as('user', LIST, { g: world.groupName, first: 0 }))?.message).toBe('Exception - first must be a whole number from 1 to 1000');
    expect(errorOf(await world.as('user', LIST, { g: world.groupName, after: 'forged' }))?.code).toBe('INVALID_CURSOR');
  });

  it('removes a vulnerability with a justification; SAFE ones cannot be removed', async () => {
    expect(errorOf(await world.as('user', REMOVE, { id: ids[0], f: findingId, j: 'DUPLICATED' }))?.message).toBe('Access denied');
    expect(dataOf(await world.as('hacker', REMOVE, { id: ids[0], f: findingId, j: 'DUPLICATED' }))).toEqual({ removeVulnerability: { success: true } });
    expect(errorOf(await world.as('hacker', VULNERABILITY, { id: ids[0] }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('hacker', REMOVE, { id: ids[0], f: findingId, j: 'DUPLICATED' }))).toEqual({
      code: 'INVALID_REMOVAL_STATE',
      message: 'Exception - The vulnerability cannot be removed in its current state (SAFE or already removed)',
    });
    const [draft] = await idsIn(world, findingId, 'SUBMITTED');
    expect(dataOf(await world.as('architect', REMOVE, { id: draft, f: findingId, j: 'REPORTING_ERROR' }))).toEqual({ removeVulnerability: { success: true } });
  });

  it('closes open vulnerabilities; closing again or closing unreleased ones is refused per id', async () => {
    const closed = payload(await world.as('hacker', CLOSE, { f: findingId, v: [ids[1]] }));
    expect(closed?.success).toBe(true);
    expect(dataOf<{ vulnerability: { state: string; closingDate: string } }>(await world.as('user', VULNERABILITY, { id: ids[1] })).vulnerability.state).toBe('SAFE');
    const [draft] = await idsIn(world, findingId, 'SUBMITTED');
    const refused = payload(await world.as('hacker', CLOSE, { f: findingId, v: [ids[1], draft] }));
    expect(refused?.failedVulnerabilities.map((failure) => [failure.id, failure.code])).toEqual([
      [ids[1], 'VULNERABILITY_ALREADY_CLOSED'],
      [draft, 'VULNERABILITY_NOT_RELEASED'],
    ]);
    expect(errorOf(await world.as('user', CLOSE, { f: findingId, v: [ids[2]] }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('reviewer', REMOVE, { id: ids[2], f: findingId, j: 'DUPLICATED' }))?.message).toBe('Access denied');
  });

  it('gives vulnerabilities their own severity, which the finding\'s indicators then use', async () => {
    const low = 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N';
    expect(errorOf(await world.as('user', SEVERITY, { f: findingId, v: [ids[2]], cvss: low }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('hacker', SEVERITY, { f: findingId, v: [ids[2]], cvss: 'CVSS:3.1/AV:N' }))?.code).toBe('INVALID_CVSS_VECTOR');
    const updated = payload(await world.as('hacker', SEVERITY, { f: findingId, v: [ids[2], ids[3], ids[4], ids[5]], cvss: low }));
    expect(updated?.success).toBe(true);
    expect(dataOf(await world.as('user', VULNERABILITY, { id: ids[2] }))).toMatchObject({ vulnerability: { severityScore: 3.7, severityVector: low, hasCustomSeverity: true } });
    const finding = dataOf<{ finding: { maxOpenSeverityScore: number; totalOpenCVSSF: number } }>(
      await world.as('user', `query($f: String!) { finding(identifier: $f) { maxOpenSeverityScore totalOpenCVSSF } }`, { f: findingId }),
    ).finding;
    expect(finding).toEqual({ maxOpenSeverityScore: 3.7, totalOpenCVSSF: Math.round(4 * cvssf(3.7) * 1000) / 1000 });
  });

  it('sets the bug-tracker URL and tags; refuses bad values and no change', async () => {
    dataOf(await world.as('user', DETAILS, { f: findingId, id: ids[3], url: 'https://tracker.example.com/BUG-1', tags: ['Backend', 'sprint-3', 'backend'] }));
    expect(dataOf(await world.as('user', VULNERABILITY, { id: ids[3] }))).toMatchObject({
      vulnerability: { externalBugTrackingSystem: 'https://tracker.example.com/BUG-1', tags: ['backend', 'sprint-3'] },
    });
    expect(errorOf(await world.as('user', DETAILS, { f: findingId, id: ids[3], url: 'https://tracker.example.com/BUG-1' }))?.code).toBe('SAME_VALUES');
    expect(errorOf(await world.as('user', DETAILS, { f: findingId, id: ids[3], url: 'javascript:alert(1)' }))?.message).toBe(
      'Exception - Invalid externalBugTrackingSystem: must be an http(s) URL of at most 2048 characters',
    );
    expect(errorOf(await world.as('user', DETAILS, { f: findingId, id: ids[3], tags: ['no spaces'] }))?.code).toBe('INVALID_FIELD_VALUE');
    dataOf(await world.as('user', DETAILS, { f: findingId, id: ids[3], url: '', tags: [] }));
    expect(dataOf(await world.as('user', VULNERABILITY, { id: ids[3] }))).toMatchObject({ vulnerability: { externalBugTrackingSystem: null, tags: [] } });
    expect(errorOf(await world.as('reviewer', DETAILS, { f: findingId, id: ids[3], tags: ['x'] }))?.message).toBe('Access denied');
  });
});
