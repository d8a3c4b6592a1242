import { addFindingAs, dataOf, errorOf, releasedLines, reportLines, idsIn, startWorld, type World } from './findings-world';

const PAYLOAD = 'success updatedVulnerabilities failedVulnerabilities { id code message }';
const REQUEST = `mutation($f: String!, $j: String!, $v: [String!]!) { requestVulnerabilitiesVerification(findingId: $f, justification: $j, vulnerabilities: $v) { ${PAYLOAD} } }`;
const VERIFY = `mutation($f: String!, $j: String!, $open: [String!]!, $closed: [String!]!) {
  verifyVulnerabilitiesRequest(findingId: $f, justification: $j, openVulnerabilities: $open, closedVulnerabilities: $closed) { ${PAYLOAD} } }`;
const ZERO_RISK = (name: string) =>
  `mutation($f: String!, $j: String!, $v: [String!]!) { ${name}(findingId: $f, justification: $j, vulnerabilities: $v) { ${PAYLOAD} } }`;
const VULNERABILITY = `query($id: String!) { vulnerability(uuid: $id) { state verification zeroRisk cycles efficacy lastReattackRequester
  lastRequestedReattackDate lastReattackDate closingDate } }`;
const VERIFICATION_HISTORY = `query($id: String!) { vulnerability(uuid: $id) { state verification efficacy historicVerification { status } } }`;
const FINDING = `query($f: String!) { finding(identifier: $f) { status openVulnerabilities closedVulnerabilities verificationSummary { requested verified }
  consulting { content } } }`;
const ZERO_RISK_LIST = `query($f: String!) { finding(identifier: $f) { openVulnerabilities zeroRiskConnection { edges { node { id zeroRisk } } } } }`;

interface Payload {
  readonly success: boolean;
  readonly updatedVulnerabilities: readonly string[];
  readonly failedVulnerabilities: readonly { id: string; code: string; message: string }[];
}
const payload = (body: Parameters<typeof dataOf>[0]): Payload => Object.values(dataOf<Record<string, Payload>>(body))[0] as Payload;

const JUSTIFICATION = 'The fix was deployed to production today';

describe('re-attacks and zero risk', () => {
  let world: World;
  let findingId: string;
  let ids: readonly string[];
  beforeAll(async () => {
    world = await startWorld('findings_reattack_test');
    findingId = await addFindingAs(world);
    ids = await releasedLines(world, findingId, 8);
  });
  afterAll(() => world.stop());

  it('requests re-attacks of open vulnerabilities, once; the justification is posted to the finding', async () => {
    const requested = payload(await world.as('user', REQUEST, { f: findingId, j: JUSTIFICATION, v: [ids[0], ids[1], ids[2]] }));
    expect(requested).toEqual({ success: true, updatedVulnerabilities: expect.arrayContaining([ids[0], ids[1], ids[2]]), failedVulnerabilities: [] });
    const again = payload(await world.as('user', REQUEST, { f: findingId, j: JUSTIFICATION, v: [ids[0]] }));
    expect(again.failedVulnerabilities).toEqual([{ id: ids[0], code: 'ALREADY_REQUESTED', message: 'Exception - Request verification already requested' }]);
    expect(errorOf(await world.as('user', REQUEST, { f: findingId, j: 'too short', v: [ids[3]] }))?.code).toBe('INVALID_FIELD_LENGTH');
    expect(dataOf(await world.as('user', VULNERABILITY, { id: ids[0] }))).toMatchObject({
      vulnerability: { verification: 'REQUESTED', cycles: 1, lastReattackRequester: 'user@customer.com' },
    });
    const finding = dataOf<{ finding: { verificationSummary: { requested: number }; consulting: { content: string }[] } }>(
      await world.as('user', FINDING, { f: findingId }),
    ).finding;
    expect(finding.verificationSummary.requested).toBe(3);
    expect(finding.consulting.map((comment) => comment.content)).toContain(JUSTIFICATION);
  });

  it('verifies requested re-attacks: closed ones become SAFE, open ones stay; unrequested ones are refused', async () => {
    expect(errorOf(await world.as('hacker', VERIFY, { f: findingId, j: 'Ten chars!', open: [ids[0]], closed: [] }))?.message).toBe(
      'Exception - Invalid field length: justification must have between 11 and 10000 characters',
    );
    expect(errorOf(await world.as('hacker', VERIFY, { f: findingId, j: JUSTIFICATION, open: [ids[0]], closed: [ids[0]] }))?.code).toBe('REPEATED_VULNERABILITIES');
    expect(errorOf(await world.as('hacker', VERIFY, { f: findingId, j: JUSTIFICATION, open: [], closed: [] }))?.code).toBe('NO_VULNERABILITIES');
    const verified = payload(await world.as('hacker', VERIFY, { f: findingId, j: 'Re-attacked: the login still fails open', open: [ids[0]], closed: [ids[1], ids[4]] }));
    expect([...verified.updatedVulnerabilities].sort()).toEqual([ids[0], ids[1]].sort());
    expect(verified.failedVulnerabilities).toEqual([
      { id: ids[4], code: 'NOT_VERIFICATION_REQUESTED', message: 'Exception - The verification of this vulnerability was not requested' },
    ]);
    expect(dataOf(await world.as('hacker', VERIFICATION_HISTORY, { id: ids[1] }))).toMatchObject({
      vulnerability: { state: 'SAFE', verification: 'VERIFIED', efficacy: 100, historicVerification: [{ status: 'REQUESTED' }, { status: 'VERIFIED' }] },
    });
    expect(dataOf(await world.as('hacker', VULNERABILITY, { id: ids[0] }))).toMatchObject({ vulnerability: { state: 'VULNERABLE', verification: 'VERIFIED', efficacy: 0 } });
    const closed = payload(await world.as('user', REQUEST, { f: findingId, j: JUSTIFICATION, v: [ids[1]] }));
    expect(closed.failedVulnerabilities[0]?.code).toBe('VULNERABILITY_ALREADY_CLOSED');
    expect(dataOf(await world.as('user', FINDING, { f: findingId }))).toMatchObject({ finding: { openVulnerabilities: 7, closedVulnerabilities: 1 } });
  });

  it('refuses re-attacks of unreleased vulnerabilities', async () => {
    await reportLines(world, findingId, 1, 'unreleased');
    const [submitted] = await idsIn(world, findingId, 'SUBMITTED');
    const refused = payload(await world.as('hacker', REQUEST, { f: findingId, j: JUSTIFICATION, v: [submitted] }));
    expect(refused.failedVulnerabilities).toEqual([{ id: submitted, code: 'VULNERABILITY_NOT_RELEASED', message: 'Exception - The vulnerability has not been released' }]);
  });

  it('lets every member but the CI agent request, reporters verify', async () => {
    for (const person of ['forces', 'stranger'] as const) {
      expect(errorOf(await world.as(person, REQUEST, { f: findingId, j: JUSTIFICATION, v: [ids[5]] }))?.message).toBe('Access denied');
    }
    for (const person of ['user', 'reviewer', 'manager'] as const) {
      expect(errorOf(await world.as(person, VERIFY, { f: findingId, j: JUSTIFICATION, open: [ids[2]], closed: [] }))?.message).toBe('Access denied');
    }
    expect(payload(await world.as('reattacker', VERIFY, { f: findingId, j: JUSTIFICATION, open: [], closed: [ids[2]] })).success).toBe(true);
  });

  it('takes zero-risk vulnerabilities out of counts while requested or confirmed, and back in when rejected', async () => {
    const counts = async () =>
      dataOf<{ finding: { openVulnerabilities: number; zeroRiskConnection: { edges: { node: { id: string; zeroRisk: string } }[] } } }>(
        await world.as('reviewer', ZERO_RISK_LIST, { f: findingId }),
      ).finding;
    const before = (await counts()).openVulnerabilities;
    const requested = payload(await world.as('manager', ZERO_RISK('requestVulnerabilitiesZeroRisk'), { f: findingId, j: 'It is a test fixture', v: [ids[5], ids[6], ids[1]] }));
    expect([...requested.updatedVulnerabilities].sort()).toEqual([ids[5], ids[6]].sort());
    expect(requested.failedVulnerabilities).toEqual([{ id: ids[1], code: 'VULNERABILITY_ALREADY_CLOSED', message: 'Exception - The vulnerability has already been closed' }]);
    const during = await counts();
    expect(during.openVulnerabilities).toBe(before - 2);
    expect(during.zeroRiskConnection.edges.map((edge) => edge.node).sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [ids[5], ids[6]].sort().map((id) => ({ id, zeroRisk: 'REQUESTED' })),
    );
    const twice = payload(await world.as('manager', ZERO_RISK('requestVulnerabilitiesZeroRisk'), { f: findingId, j: 'It is a test fixture', v: [ids[5]] }));
    expect(twice.failedVulnerabilities[0]).toEqual({ id: ids[5], code: 'ALREADY_ZERO_RISK_REQUESTED', message: 'Exception - Zero risk vulnerability is already requested' });

    expect(payload(await world.as('reviewer', ZERO_RISK('confirmVulnerabilitiesZeroRisk'), { f: findingId, j: 'Confirmed by review', v: [ids[5]] })).success).toBe(true);
    expect(payload(await world.as('reviewer', ZERO_RISK('rejectVulnerabilitiesZeroRisk'), { f: findingId, j: 'It is a real finding', v: [ids[6]] })).success).toBe(true);
    const notRequested = payload(await world.as('reviewer', ZERO_RISK('rejectVulnerabilitiesZeroRisk'), { f: findingId, j: 'It is a real finding', v: [ids[6]] }));
    expect(notRequested.failedVulnerabilities[0]).toEqual({ id: ids[6], code: 'NOT_ZERO_RISK_REQUESTED', message: 'Exception - Zero risk vulnerability is not requested' });
    expect((await counts()).openVulnerabilities).toBe(before - 1);
    expect(dataOf(await world.as('manager', VULNERABILITY, { id: ids[5] }))).toMatchObject({ vulnerability: { zeroRisk: 'CONFIRMED' } });
  });

  it('lets customer roles request zero risk and reviewers confirm or reject it', async () => {
    for (const person of ['hacker', 'reviewer', 'forces'] as const) {
      expect(errorOf(await world.as(person, ZERO_RISK('requestVulnerabilitiesZeroRisk'), { f: findingId, j: 'It is a test fixture', v: [ids[7]] }))?.message).toBe('Access denied');
    }
    for (const person of ['user', 'manager', 'hacker'] as const) {
      for (const name of ['confirmVulnerabilitiesZeroRisk', 'rejectVulnerabilitiesZeroRisk']) {
        expect(errorOf(await world.as(person, ZERO_RISK(name), { f: findingId, j: 'It is a test fixture', v: [ids[7]] }))?.message).toBe('Access denied');
      }
    }
    expect(errorOf(await world.as('user', `query($f: String!) { finding(identifier: $f) { zeroRiskConnection { edges { node { id } } } } }`, { f: findingId }))?.message).toBe(
      'Access denied',
    );
  });
});
