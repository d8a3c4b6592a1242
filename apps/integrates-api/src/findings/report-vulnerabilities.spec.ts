import { ADD_VULNERABILITIES, addFindingAs, dataOf, errorOf, idsIn, startWorld, type World } from './findings-world';

const UPLOAD = `mutation Upload($findingId: String!, $file: Upload!) { uploadFile(findingId: $findingId, file: $file) { success addedVulnerabilities } }`;

const YAML = `lines:
  - path: src/login.ts
    line: 12
    commit_hash: 3f2a9c1d4e5b6a7f8091a2b3c4d5e6f708192a3b
  - path: src/login.ts
    line: "40"
    state: submitted
ports:
  - host: 10.0.0.7
    port: 22
inputs:
  - url: https://app.example.com/login
    field: username
`;

const VULNERABILITIES = `query($id: String!) { finding(identifier: $id) {
  submittedVulnerabilities status
  vulnerabilitiesConnection(state: SUBMITTED) { edges { node { vulnerabilityType where specific commitHash state treatmentStatus source } } } } }`;

describe('reporting vulnerabilities', () => {
  let world: World;
  let findingId: string;
  beforeAll(async () => {
    world = await startWorld('findings_report_test');
    findingId = await addFindingAs(world);
  });
  afterAll(() => world.stop());

  const upload = (content: string, name = 'vulnerabilities.yaml', person: Parameters<World['as']>[0] = 'hacker') =>
    world.upload(person, UPLOAD, { findingId }, { name, content });

  it('uploads a YAML file: every location becomes a SUBMITTED, UNTREATED vulnerability', async () => {
    expect(dataOf(await upload(YAML))).toEqual({ uploadFile: { success: true, addedVulnerabilities: 4 } });
    const finding = dataOf<{ finding: { submittedVulnerabilities: number; status: string; vulnerabilitiesConnection: { edges: { node: Record<string, unknown> }[] } } }>(
      await world.as('hacker', VULNERABILITIES, { id: findingId }),
    ).finding;
    expect(finding.submittedVulnerabilities).toBe(4);
    expect(finding.status).toBe('DRAFT');
    expect(finding.vulnerabilitiesConnection.edges.map((edge) => edge.node)).toEqual(
      expect.arrayContaining([
        { vulnerabilityType: 'LINES', where: 'src/login.ts', specific: '12', commitHash: '3f2a9c1d4e5b6a7f8091a2b3c4d5e6f708192a3b', state: 'SUBMITTED', treatmentStatus: 'UNTREATED', source: 'ANALYST' },
        { vulnerabilityType: 'LINES', where: 'src/login.ts', specific: '40', commitHash: null, state: 'SUBMITTED', treatmentStatus: 'UNTREATED', source: 'ANALYST' },
        { vulnerabilityType: 'PORTS', where: '10.0.0.7', specific: '22', commitHash: null, state: 'SUBMITTED', treatmentStatus: 'UNTREATED', source: 'ANALYST' },
        { vulnerabilityType: 'INPUTS', where: 'https://app.example.com/login', specific: 'username', commitHash: null, state: 'SUBMITTED', treatmentStatus: 'UNTREATED', source: 'ANALYST' },
      ]),
    );
  });

  it('refuses a location already reported in the finding, naming it, and writes nothing of the file', async () => {
    const before = (await idsIn(world, findingId, 'SUBMITTED')).length;
    const body = await upload('lines:\n  - path: src/new.ts\n    line: 1\n  - path: src/login.ts\n    line: 12\n');
    expect(errorOf(body)).toEqual({
      code: 'VULNERABILITY_ALREADY_EXISTS',
      message: 'Exception - The vulnerability already exists in this finding: lines src/login.ts line 12',
    });
    expect((await idsIn(world, findingId, 'SUBMITTED')).length).toBe(before);
  });

  it('refuses each kind of bad entry with its place in the file, writing nothing', async () => {
    // Each bad entry comes after a valid one, which must not be written either.
    const valid = 'inputs:\n  - url: https://ok.example/a\n    field: f\n';
    const cases: readonly [string, string][] = [
      ['lines:\n  - path: a.ts\n    line: twelve\n', 'lines[0].line must be a line number (digits), got "twelve"'],
      ['lines:\n  - line: 3\n', 'lines[0].path must be a non-empty text'],
      ['ports:\n  - host: 10.0.0.1\n    port: 70000\n', 'ports[0].port must be a port number from 0 to 65535, got "70000"'],
      ['ports:\n  - host: "not a host!"\n    port: 80\n', 'ports[0].host must be a host name or an IP address, got "not a host!"'],
      ['ports:\n  - host: h.example\n    port: 1\n  - host: h.example\n    port: ""\n', 'ports[1].port must be a port number from 0 to 65535, got ""'],
      ['lines:\n  - path: a.ts\n    line: 1\n    state: open\n', 'lines[0].state must be "submitted": new vulnerabilities wait for review, got "open"'],
      ['lines:\n  - path: a.ts\n    line: 1\n    colour: red\n', 'lines[0] has unknown field colour; allowed: path, line, commit_hash, repo_nickname, state'],
      ['lines:\n  - path: a.ts\n    line: 1\n  - path: a.ts\n    line: "1"\n', 'lines[1] repeats lines a.ts line 1'],
      ['lines:\n  - path: a.ts\n    line: 1\n    repo_nickname: nowhere\n', 'lines[0].repo_nickname "nowhere" is not an active root of the group'],
      ['files:\n  - a\n', 'unknown list files; allowed: lines, ports, inputs'],
      ['lines: {}\n', 'lines must be a list'],
      ['lines: [\n', 'the file is not valid YAML'],
    ];
    const alone: readonly [string, string][] = [
      ['', 'the file is empty'],
      ['lines: []\n', 'the document reports no vulnerability'],
      [`${valid}  - url: not-a-url\n    field: q\n`, 'inputs[1].url must be a URL (scheme://host/...), got "not-a-url"'],
      [`${valid}  - url: https://x.example\n`, 'inputs[1].field must be a non-empty text'],
    ];
    const before = (await idsIn(world, findingId, 'SUBMITTED')).length;
    for (const [content, problem] of [...cases.map(([text, why]): [string, string] => [`${valid}${text}`, why]), ...alone]) {
      const error = errorOf(await upload(content));
      expect({ content, code: error?.code }).toEqual({ content, code: 'INVALID_VULNERABILITIES_FILE' });
      expect(error?.message).toContain(`Exception - Invalid vulnerabilities: ${problem}`);
    }
    expect(errorOf(await upload(YAML, 'vulnerabilities.txt'))?.message).toBe(
      'Exception - Invalid vulnerabilities: the file must be YAML (.yaml or .yml), got "vulnerabilities.txt"',
    );
    expect((await idsIn(world, findingId, 'SUBMITTED')).length).toBe(before);
  });

  it('takes the same lists as JSON through addVulnerabilities, with the same checks', async () => {
    const added = await world.as('hacker', ADD_VULNERABILITIES, {
      findingId,
      vulnerabilities: { lines: [{ path: 'src/json.ts', line: '7', commitHash: 'abcdef1' }], ports: [{ host: 'db.example.com', port: '5432' }] },
    });
    expect(dataOf(added)).toEqual({ addVulnerabilities: { success: true, addedVulnerabilities: 2 } });
    const duplicate = await world.as('hacker', ADD_VULNERABILITIES, { findingId, vulnerabilities: { ports: [{ host: 'DB.example.com', port: '5432' }] } });
    expect(errorOf(duplicate)?.message).toBe('Exception - The vulnerability already exists in this finding: ports db.example.com port 5432');
    for (const person of ['user', 'reviewer'] as const) {
      const denied = await world.as(person, ADD_VULNERABILITIES, { findingId, vulnerabilities: { ports: [{ host: 'denied.example.com', port: '1' }] } });
      expect(errorOf(denied)).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied' });
    }
    const bad = await world.as('hacker', ADD_VULNERABILITIES, { findingId, vulnerabilities: { lines: [{ path: 'a.ts', line: '-1' }] } });
    expect(errorOf(bad)?.message).toBe('Exception - Invalid vulnerabilities: lines[0].line must be a line number (digits), got "-1"');
  });

  it('lets reporters upload, and no customer, reviewer or stranger; a missing finding is "Access denied"', async () => {
    for (const person of ['user', 'manager', 'reviewer', 'stranger', 'forces'] as const) {
      expect(errorOf(await upload('lines:\n  - path: src/denied.ts\n    line: 1\n', 'v.yaml', person))).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied' });
    }
    expect(dataOf(await upload('lines:\n  - path: src/reattacker.ts\n    line: 1\n', 'v.yml', 'reattacker'))).toEqual({ uploadFile: { success: true, addedVulnerabilities: 1 } });
    const missing = await world.upload('admin', UPLOAD, { findingId: 'no-such-finding' }, { name: 'v.yaml', content: 'lines:\n  - path: a\n    line: 1\n' });
    expect(errorOf(missing)).toEqual({ code: 'ACCESS_DENIED', message: 'Access denied' });
  });
});
