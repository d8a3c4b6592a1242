import { addFindingAs, CONFIRM, dataOf, errorOf, idsIn, reportLines, startWorld, type World } from './findings-world';

const REJECT = `mutation Reject($findingId: String!, $ids: [String!]!, $reasons: [VulnerabilityRejectionReason!]!, $other: String) {
  rejectVulnerabilities(findingId: $findingId, vulnerabilities: $ids, reasons: $reasons, otherReason: $other) {
    success updatedVulnerabilities failedVulnerabilities { id code message } } }`;
const RESUBMIT = `mutation Resubmit($findingId: String!, $ids: [String!]!) {
  resubmitVulnerabilities(findingId: $findingId, vulnerabilities: $ids) { success updatedVulnerabilities failedVulnerabilities { id code message } } }`;
const VULNERABILITY = `query($id: String!) { vulnerability(uuid: $id) { state rejectionReasons otherReason reportDate historicState { status } } }`;

interface Payload {
  readonly success: boolean;
  readonly updatedVulnerabilities: readonly string[];
  readonly failedVulnerabilities: readonly { id: string; code: string; message: string }[];
}

describe('reviewing reported vulnerabilities', () => {
  let world: World;
  let findingId: string;
  let ids: readonly string[];
  beforeAll(async () => {
    world = await startWorld('findings_review_test');
    findingId = await addFindingAs(world);
    await reportLines(world, findingId, 6);
    ids = await idsIn(world, findingId, 'SUBMITTED');
  });
  afterAll(() => world.stop());

  it('confirms SUBMITTED vulnerabilities (released from then on) and reports, per id, those it could not', async () => {
    const first = dataOf<{ confirmVulnerabilities: Payload }>(await world.as('reviewer', CONFIRM, { findingId, ids: [ids[0], ids[1]] }));
    expect(first.confirmVulnerabilities).toEqual({ success: true, updatedVulnerabilities: expect.arrayContaining([ids[0], ids[1]]), failedVulnerabilities: [] });
    const vulnerability = dataOf<{ vulnerability: { state: string; reportDate: string; historicState: { status: string }[] } }>(
      await world.as('user', VULNERABILITY, { id: ids[0] }),
    ).vulnerability;
    expect(vulnerability.state).toBe('VULNERABLE');
    expect(Date.parse(vulnerability.reportDate)).toBeGreaterThan(Date.now() - 60_000);
    expect(vulnerability.historicState.map((state) => state.status)).toEqual(['SUBMITTED', 'VULNERABLE']);

    const again = dataOf<{ confirmVulnerabilities: Payload }>(await world.as('admin', CONFIRM, { findingId, ids: [ids[0], ids[2], 'no-such-id'] }));
    expect(again.confirmVulnerabilities.success).toBe(false);
    expect(again.confirmVulnerabilities.updatedVulnerabilities).toEqual([ids[2]]);
    expect(again.confirmVulnerabilities.failedVulnerabilities).toEqual(
      expect.arrayContaining([
        { id: ids[0], code: 'VULNERABILITY_NOT_SUBMITTED', message: 'Exception - The vulnerability has not been submitted' },
        { id: 'no-such-id', code: 'VULNERABILITY_NOT_FOUND', message: 'Exception - Vulnerability not found' },
      ]),
    );
  });

  it('takes at least one and at most 100 ids per call', async () => {
    expect(errorOf(await world.as('reviewer', CONFIRM, { findingId, ids: [] }))).toEqual({
      code: 'NO_VULNERABILITIES',
      message: 'Exception - vulnerabilities must name at least one vulnerability',
    });
    const many = Array.from({ length: 101 }, (_, index) => `id-${index}`);
    expect(errorOf(await world.as('reviewer', CONFIRM, { findingId, ids: many }))).toEqual({
      code: 'TOO_MANY_VULNERABILITIES',
      message: 'Exception - At most 100 vulnerabilities per request; got 101',
    });
  });

  it('rejects with reasons (OTHER needs its text); the reporter resubmits', async () => {
    const noOther = await world.as('reviewer', REJECT, { findingId, ids: [ids[3]], reasons: ['OTHER'] });
    expect(errorOf(noOther)?.code).toBe('INVALID_REJECTION_REASONS');
    expect(errorOf(await world.as('reviewer', REJECT, { findingId, ids: [ids[3]], reasons: [] }))?.message).toBe(
      'Exception - Rejection needs at least one reason from CONSISTENCY, EVIDENCE, NAMING, OMISSION, OTHER, SCORING, WRITING; OTHER needs otherReason',
    );
    const rejected = dataOf<{ rejectVulnerabilities: Payload }>(
      await world.as('reviewer', REJECT, { findingId, ids: [ids[3], ids[0]], reasons: ['NAMING', 'OTHER'], other: 'Wrong line' }),
    );
    expect(rejected.rejectVulnerabilities.updatedVulnerabilities).toEqual([ids[3]]);
    expect(rejected.rejectVulnerabilities.failedVulnerabilities).toEqual([
      { id: ids[0], code: 'VULNERABILITY_NOT_SUBMITTED', message: 'Exception - The vulnerability has not been submitted' },
    ]);
    expect(dataOf(await world.as('hacker', VULNERABILITY, { id: ids[3] }))).toMatchObject({
      vulnerability: { state: 'REJECTED', rejectionReasons: ['NAMING', 'OTHER'], otherReason: 'Wrong line' },
    });
    // Customers do not see unreleased vulnerabilities at all.
    expect(errorOf(await world.as('user', VULNERABILITY, { id: ids[3] }))?.message).toBe('Access denied');

    const resubmitted = dataOf<{ resubmitVulnerabilities: Payload }>(await world.as('hacker', RESUBMIT, { findingId, ids: [ids[3], ids[4]] }));
    expect(resubmitted.resubmitVulnerabilities.updatedVulnerabilities).toEqual([ids[3]]);
    expect(resubmitted.resubmitVulnerabilities.failedVulnerabilities).toEqual([
      { id: ids[4], code: 'VULNERABILITY_NOT_REJECTED', message: 'Exception - The vulnerability has not been rejected' },
    ]);
    expect(dataOf<{ vulnerability: { state: string } }>(await world.as('hacker', VULNERABILITY, { id: ids[3] })).vulnerability.state).toBe('SUBMITTED');
  });

  it('lets reviewers (and admins) review and reporters resubmit; nobody else', async () => {
    for (const person of ['hacker', 'user', 'manager', 'stranger'] as const) {
      expect(errorOf(await world.as(person, CONFIRM, { findingId, ids: [ids[5]] }))?.message).toBe('Access denied');
      expect(errorOf(await world.as(person, REJECT, { findingId, ids: [ids[5]], reasons: ['WRITING'] }))?.message).toBe('Access denied');
    }
    for (const person of ['reviewer', 'user'] as const) {
      expect(errorOf(await world.as(person, RESUBMIT, { findingId, ids: [ids[5]] }))?.message).toBe('Access denied');
    }
    expect(errorOf(await world.as('reviewer', CONFIRM, { findingId: 'no-such-finding', ids: [ids[5]] }))?.message).toBe('Access denied');
  });
});
