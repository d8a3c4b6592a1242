import { getAllFindingVulnerabilities, getFindings } from '@integrates/db-model';
import { computeFindingIndicators, storedFindingIndicators } from '@integrates/domain';
import { addFindingAs, dataOf, errorOf, releasedLines, reportLines, startWorld, type World } from './findings-world';

const GROUP = `query($g: String!) { group(groupName: $g) {
  openVulnerabilities closedVulnerabilities openFindings maxOpenSeverity maxOpenSeverityFinding { id }
  lastClosedVulnerability lastClosedVulnerabilityFinding { id } meanRemediate meanRemediateCriticalSeverity
  meanRemediateHighSeverity meanRemediateMediumSeverity meanRemediateLowSeverity
  treatmentSummary { untreated inProgress accepted acceptedUndefined } } }`;
const FINDING = `query($f: String!) { finding(identifier: $f) { status openVulnerabilities closedVulnerabilities submittedVulnerabilities
  rejectedVulnerabilities maxOpenSeverityScore where reportDate lastVulnerabilityDate lastVulnerability
  treatmentSummary { untreated inProgress accepted acceptedUndefined } verificationSummary { requested onHold verified }
  tracking { cycle date open closed accepted acceptedUndefined inProgress } } }`;
const MEDIUM = 'CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:L/I:L/A:N';
const inDays = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('finding and group indicators', () => {
  let world: World;
  let critical: string;
  let medium: string;
  let draft: string;
  beforeAll(async () => {
    world = await startWorld('findings_indicators_test', 'indicatorsgroup', { EXPOSE_STORE_CALLS: 'true' });
    critical = await addFindingAs(world);
    const mediumFinding = await world.as(
      'hacker',
      `mutation($g: String!, $v: String!) { addFinding(groupName: $g, title: "008. Reflected cross-site scripting", description: "d", threat: "t",
        recommendation: "r", attackVectorDescription: "a", unfulfilledRequirements: ["160"], cvssVector: $v) { finding { id } } }`,
      { g: world.groupName, v: MEDIUM },
    );
    medium = dataOf<{ addFinding: { finding: { id: string } } }>(mediumFinding).addFinding.finding.id;
    draft = await addFindingAs(world, '083. XML injection (XXE)', ['161']);

    const criticalIds = await releasedLines(world, critical, 3, 'critical');
    await world.as('hacker', `mutation($f: String!, $v: [String!]!) { closeVulnerabilities(findingId: $f, vulnerabilities: $v) { success } }`, { f: critical, v: [criticalIds[0]] });
    const treat = `mutation($f: String!, $id: String!, $t: UpdateClientDescriptionTreatment!, $d: String) {
      updateVulnerabilitiesTreatment(findingId: $f, vulnerabilityId: $id, treatment: $t, justification: "Decided with the product owner", acceptanceDate: $d) { success } }`;
    dataOf(await world.as('user', treat, { f: critical, id: criticalIds[1], t: 'ACCEPTED', d: inDays(10) }));
    dataOf(await world.as('user', treat, { f: critical, id: criticalIds[2], t: 'IN_PROGRESS' }));
    const mediumIds = await releasedLines(world, medium, 2, 'medium');
    const zeroRisk = (name: string) => `mutation($f: String!, $v: [String!]!) { ${name}(findingId: $f, justification: "Not exploitable here", vulnerabilities: $v) { success } }`;
    dataOf(await world.as('manager', zeroRisk('requestVulnerabilitiesZeroRisk'), { f: medium, v: [mediumIds[0]] }));
    dataOf(await world.as('reviewer', zeroRisk('confirmVulnerabilitiesZeroRisk'), { f: medium, v: [mediumIds[0]] }));
    await reportLines(world, draft, 2, 'draft');
  });
  afterAll(() => world.stop());

  it('counts per finding: zero risk and unreleased ones stay out; the timeline follows the histories', async () => {
    const finding = dataOf<{ finding: Record<string, unknown> }>(await world.as('hacker', FINDING, { f: critical })).finding;
    expect(finding).toMatchObject({
      status: 'VULNERABLE',
      openVulnerabilities: 2,
      closedVulnerabilities: 1,
      submittedVulnerabilities: 0,
      maxOpenSeverityScore: 9.1,
      where: 'src/file-critical.ts',
      lastVulnerability: 0,
      treatmentSummary: { untreated: 0, inProgress: 1, accepted: 1, acceptedUndefined: 0 },
      verificationSummary: { requested: 0, onHold: 0, verified: 0 },
      tracking: [{ cycle: 0, date: new Date().toISOString().slice(0, 10), open: 2, closed: 1, accepted: 1, acceptedUndefined: 0, inProgress: 1 }],
    });
    const zeroRisk = dataOf<{ finding: Record<string, unknown> }>(await world.as('hacker', FINDING, { f: medium })).finding;
    expect(zeroRisk).toMatchObject({ status: 'VULNERABLE', openVulnerabilities: 1, maxOpenSeverityScore: 5.4 });
    const unreleased = dataOf<{ finding: Record<string, unknown> }>(await world.as('hacker', FINDING, { f: draft })).finding;
    expect(unreleased).toMatchObject({ status: 'DRAFT', openVulnerabilities: 0, submittedVulnerabilities: 2, reportDate: null, tracking: [] });
  });

  it('sums the group from its findings', async () => {
    expect(dataOf(await world.as('manager', GROUP, { g: world.groupName }))).toEqual({
      group: {
        openVulnerabilities: 3,
        closedVulnerabilities: 1,
        openFindings: 2,
        maxOpenSeverity: 9.1,
        maxOpenSeverityFinding: { id: critical },
        lastClosedVulnerability: 0,
        lastClosedVulnerabilityFinding: { id: critical },
        meanRemediate: 0,
        meanRemediateCriticalSeverity: 0,
        meanRemediateHighSeverity: 0,
        meanRemediateMediumSeverity: 0,
        meanRemediateLowSeverity: 0,
        treatmentSummary: { untreated: 1, inProgress: 1, accepted: 1, acceptedUndefined: 0 },
      },
    });
    expect(errorOf(await world.as('forces', GROUP, { g: world.groupName }))?.message).toBe('Access denied');
  });

  it('stores on each finding exactly what a recomputation from its vulnerabilities gives', async () => {
    for (const id of [critical, medium, draft]) {
      const [finding] = await getFindings([id]);
      if (!finding) throw new Error('finding vanished');
      expect(storedFindingIndicators(finding)).toEqual(computeFindingIndicators(await getAllFindingVulnerabilities(id), finding));
    }
  });

  it('reads no vulnerability for the group overview: the same store calls with 55 more of them', async () => {
    const calls = async () => {
      const { body, headers } = await world.raw('manager', GROUP, { g: world.groupName });
      dataOf(body);
      return Number(headers.get('x-store-calls'));
    };
    const before = await calls();
    await releasedLines(world, medium, 55, 'more');
    const after = await calls();
    expect(before).toBeGreaterThan(0);
    expect(after).toBe(before);
    expect(dataOf<{ group: { openVulnerabilities: number } }>(await world.as('manager', GROUP, { g: world.groupName })).group.openVulnerabilities).toBe(58);
  });
});
