import { setFaultInjector } from '@integrates/db-model/testing';
import { cvssf } from '@integrates/severity';
import { ADD_FINDING, addFindingAs, CVSS, CVSS4, dataOf, errorOf, releasedLines, startWorld, type World } from './findings-world';

const FINDING = `query Finding($id: String!) {
  finding(identifier: $id) {
    id groupName title description threat recommendation attackVectorDescription minTimeToRemediate
    unfulfilledRequirements { id title } status currentState hacker
    severity { version vector score baseScore cvssf level } severityV4 { version vector score } severityScore
    openVulnerabilities closedVulnerabilities maxOpenSeverityScore totalOpenCVSSF where
  }
}`;
const PUBLIC_FINDING = `query Finding($id: String!) { finding(identifier: $id) { id status openVulnerabilities where } }`;

describe('findings through the API', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld('findings_api_test');
  });
  afterAll(() => world.stop());

  const add = (person: Parameters<World['as']>[0], variables: Record<string, unknown>) =>
    world.as(person, ADD_FINDING, { groupName: world.groupName, title: '004. Remote command execution', requirements: ['173'], cvss: CVSS, ...variables });

  it('adds a finding with catalogue title, requirements and scored vectors; it is a DRAFT until something is released', async () => {
    const id = await addFindingAs(world, '008. Reflected cross-site scripting', ['160', '173']);
    const finding = dataOf<{ finding: Record<string, unknown> }>(await world.as('hacker', FINDING, { id })).finding;
    expect(finding).toMatchObject({
      id,
      groupName: world.groupName,
      title: '008. Reflected cross-site scripting',
      unfulfilledRequirements: [
        { id: '160', title: 'Encode output for its context' },
        { id: '173', title: 'Discard unsafe inputs' },
      ],
      status: 'DRAFT',
      currentState: 'CREATED',
      hacker: 'hacker@fluidattacks.com',
      minTimeToRemediate: 60,
      severity: { version: '3.1', vector: CVSS, score: 9.1, baseScore: 9.1, cvssf: cvssf(9.1), level: 'critical' },
      severityV4: { version: '4.0', vector: CVSS4 },
      openVulnerabilities: 0,
      closedVulnerabilities: 0,
      where: '',
    });
  });

  it('refuses a title outside the catalogue, foreign or no requirements, bad vectors and a second finding of a type', async () => {
    const cases: readonly [Record<string, unknown>, string, string][] = [
      [{ title: '004. Remote code execution' }, 'INVALID_FINDING_TITLE', 'Exception - The inserted finding title is invalid'],
      [{ title: '999. Something' }, 'INVALID_FINDING_TITLE', 'Exception - The inserted finding title is invalid'],
      [{ requirements: [] }, 'INVALID_REQUIREMENTS', "Exception - Unfulfilled requirements must be a non-empty subset of the weakness's requirements: 173, 265, 344"],
      [{ requirements: ['169'] }, 'INVALID_REQUIREMENTS', 'Exception - Unfulfilled requirements must be a non-empty subset'],
      [{ cvss: 'CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N' }, 'INVALID_CVSS_VECTOR', 'Exception - Invalid CVSS vector: metric AV has value Q'],
      [{ cvss: CVSS4 }, 'INVALID_CVSS_VECTOR', 'Exception - Invalid CVSS vector: cvssVector must be a CVSS 3.1 vector'],
      [{ cvss4: CVSS }, 'INVALID_CVSS_VECTOR', 'Exception - Invalid CVSS vector: cvss4Vector must be a CVSS 4.0 vector'],
      [{ cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N' }, 'INVALID_SEVERITY', 'Exception - The CVSS 3.1 vector must score above 0.0'],
    ];
    for (const [variables, code, message] of cases) {
      const error = errorOf(await add('hacker', variables));
      expect({ variables, code: error?.code }).toEqual({ variables, code });
      expect(error?.message).toContain(message);
    }
    dataOf(await add('hacker', {}));
    expect(errorOf(await add('hacker', {}))).toEqual({ code: 'FINDING_ALREADY_EXISTS', message: 'Exception - A finding of type 004 already exists in this group' });
  });

  it('lets only one of many concurrent creations of a type succeed', async () => {
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => world.as('hacker', ADD_FINDING, { groupName: world.groupName, title: '037. Technical information leak', requirements: ['077'], cvss: CVSS })),
    );
    const codes = answers.map((body) => errorOf(body)?.code ?? 'ADDED');
    expect(codes.filter((code) => code === 'ADDED')).toHaveLength(1);
    expect(codes.filter((code) => code !== 'ADDED')).toEqual(Array.from({ length: 7 }, () => 'FINDING_ALREADY_EXISTS'));
    const listed = dataOf<{ group: { findings: { title: string }[] } }>(
      await world.as('admin', 'query($g: String!) { group(groupName: $g) { findings { title } } }', { g: world.groupName }),
    ).group.findings.filter(({ title }) => title.startsWith('037.'));
    expect(listed).toHaveLength(1);
  });

  it('gives the type up again when writing the finding fails after its claim, so a retry succeeds at once', async () => {
    const add083 = () => world.as('hacker', ADD_FINDING, { groupName: world.groupName, title: '083. XML injection (XXE)', requirements: ['173'], cvss: CVSS });
    let puts = 0;
    // The claim is the first put, the finding's id guard the second: that one fails.
    setFaultInjector((command) => (command === 'PutItemCommand' && (puts += 1) === 2 ? new Error('store down') : undefined));
    const failed = await add083().finally(() => setFaultInjector(undefined));
    expect(errorOf(failed)?.code).toBe('UNAVAILABLE');
    expect(puts).toBeGreaterThanOrEqual(2);
    expect(dataOf<{ addFinding: { success: boolean } }>(await add083()).addFinding.success).toBe(true);
  });

  it('refuses blank texts and a bad time to remediate, naming the field', async () => {
    const body = await world.as(
      'hacker',
      `mutation { addFinding(groupName: "${world.groupName}", title: "010. Stored cross-site scripting", description: "  ", threat: "t",
        recommendation: "r", attackVectorDescription: "a", unfulfilledRequirements: ["160"], cvssVector: "${CVSS}") { success } }`,
    );
    expect(errorOf(body)).toEqual({ code: 'INVALID_FIELD_LENGTH', message: 'Exception - Invalid field length: description must have between 1 and 5000 characters' });
    const time = await world.as(
      'hacker',
      `mutation { addFinding(groupName: "${world.groupName}", title: "010. Stored cross-site scripting", description: "d", threat: "t",
        recommendation: "r", attackVectorDescription: "a", unfulfilledRequirements: ["160"], cvssVector: "${CVSS}", minTimeToRemediate: 0) { success } }`,
    );
    expect(errorOf(time)).toEqual({ code: 'INVALID_FIELD_VALUE', message: 'Exception - Invalid minTimeToRemediate: must be a whole number of minutes from 1 to 525600' });
  });

  it('lets reporters add findings and no customer role, stranger or anonymous caller', async () => {
    for (const person of ['user', 'manager', 'reviewer', 'stranger'] as const) {
      expect(errorOf(await add(person, { title: '011. Use of software with known vulnerabilities', requirements: ['262'] }))).toEqual({
        code: 'ACCESS_DENIED',
        message: 'Access denied',
      });
    }
    dataOf(await add('architect', { title: '011. Use of software with known vulnerabilities', requirements: ['262'] }));
    expect(errorOf(await add('admin', { groupName: 'nosuchgroup' }))?.message).toBe('Access denied');
  });

  it('updates the description and the severity; indicators follow the new score', async () => {
    const id = await addFindingAs(world, '012. NoSQL injection', ['169']);
    await releasedLines(world, id, 2, 'nosql');
    const description = await world.as(
      'hacker',
      `mutation($id: String!) { updateDescription(findingId: $id, description: "New description", threat: "Insiders",
        recommendation: "Validate", attackVectorDescription: "Crafted JSON", unfulfilledRequirements: ["169", "173"], minTimeToRemediate: 30)
        { success finding { description threat unfulfilledRequirements { id } minTimeToRemediate } } }`,
      { id },
    );
    expect(dataOf(description)).toEqual({
      updateDescription: {
        success: true,
        finding: { description: 'New description', threat: 'Insiders', unfulfilledRequirements: [{ id: '169' }, { id: '173' }], minTimeToRemediate: 30 },
      },
    });
    const vector = 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N';
    const severity = await world.as(
      'hacker',
      `mutation($id: String!, $v: String!) { updateSeverity(findingId: $id, cvssVector: $v) { success finding { severityScore maxOpenSeverityScore totalOpenCVSSF } } }`,
      { id, v: vector },
    );
    expect(dataOf(severity)).toEqual({ updateSeverity: { success: true, finding: { severityScore: 3.7, maxOpenSeverityScore: 3.7, totalOpenCVSSF: 2 * cvssf(3.7) } } });
    const again = await world.as('hacker', `mutation($id: String!, $v: String!) { updateSeverity(findingId: $id, cvssVector: $v) { success } }`, { id, v: vector });
    expect(errorOf(again)).toEqual({ code: 'SAME_VALUES', message: 'Exception - Same values' });
    const foreign = await world.as(
      'hacker',
      `mutation($id: String!) { updateDescription(findingId: $id, description: "d", threat: "t", recommendation: "r",
        attackVectorDescription: "a", unfulfilledRequirements: ["029"]) { success } }`,
      { id },
    );
    expect(errorOf(foreign)?.code).toBe('INVALID_REQUIREMENTS');
    const customerEdit = await world.as(
      'manager',
      `mutation($id: String!) { updateDescription(findingId: $id, description: "d", threat: "t", recommendation: "r",
        attackVectorDescription: "a", unfulfilledRequirements: ["169"]) { success } }`,
      { id },
    );
    expect(errorOf(customerEdit)).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied' });
    const denied = await world.as('user', `mutation($id: String!, $v: String!) { updateSeverity(findingId: $id, cvssVector: $v) { success } }`, { id, v: CVSS });
    expect(errorOf(denied)).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied' });
  });

  it('shows drafts only to those who may see unreleased work, and released findings to every member', async () => {
    const draft = await addFindingAs(world, '013. Insecure direct object reference', ['176']);
    expect(errorOf(await world.as('user', PUBLIC_FINDING, { id: draft }))).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied' });
    expect(dataOf<{ finding: { status: string } }>(await world.as('reviewer', FINDING, { id: draft })).finding.status).toBe('DRAFT');
    const groupFindings = `query($g: String!) { group(groupName: $g) { findings { id status } } }`;
    const userSees = dataOf<{ group: { findings: { id: string }[] } }>(await world.as('user', groupFindings, { g: world.groupName })).group.findings;
    expect(userSees.map((finding) => finding.id)).not.toContain(draft);
    const hackerSees = dataOf<{ group: { findings: { id: string }[] } }>(await world.as('hacker', groupFindings, { g: world.groupName })).group.findings;
    expect(hackerSees.map((finding) => finding.id)).toContain(draft);

    await releasedLines(world, draft, 1, 'idor');
    const released = dataOf<{ finding: { status: string; openVulnerabilities: number; where: string } }>(await world.as('user', PUBLIC_FINDING, { id: draft }));
    expect(released.finding).toMatchObject({ status: 'VULNERABLE', openVulnerabilities: 1, where: 'src/file-idor.ts' });
    expect(errorOf(await world.as('user', '{ finding(identifier: "no-such-finding") { id } }'))?.message).toBe('Access denied');
    expect(errorOf(await world.as('user', '{ finding(identifier: "a#b") { id } }'))?.message).toBe('Access denied');
    expect(errorOf(await world.as('stranger', PUBLIC_FINDING, { id: draft }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('user', `query($id: String!) { finding(identifier: $id) { hacker } }`, { id: draft }))?.message).toBe('Access denied');
  });

  it('removes a finding with its vulnerabilities; only with a valid justification and the right role', async () => {
    const id = await addFindingAs(world, '014. Insecure functionality', ['266']);
    const [vulnerability] = await releasedLines(world, id, 3, 'insecure');
    const remove = `mutation($id: String!, $j: RemoveFindingJustification!) { removeFinding(findingId: $id, justification: $j) { success } }`;
    expect(errorOf(await world.as('user', remove, { id, j: 'DUPLICATED' }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('hacker', remove, { id, j: 'BORED' }))?.message).toContain('Variable "$j" got invalid value "BORED"');
    expect(dataOf(await world.as('reviewer', remove, { id, j: 'FALSE_POSITIVE' }))).toEqual({ removeFinding: { success: true } });
    expect(errorOf(await world.as('hacker', FINDING, { id }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('hacker', `query($v: String!) { vulnerability(uuid: $v) { id } }`, { v: vulnerability }))?.message).toBe('Access denied');
    expect(errorOf(await world.as('reviewer', remove, { id, j: 'FALSE_POSITIVE' }))?.message).toBe('Access denied');
    // The type is free again once the finding is gone.
    await addFindingAs(world, '014. Insecure functionality', ['266']);
  });
});
