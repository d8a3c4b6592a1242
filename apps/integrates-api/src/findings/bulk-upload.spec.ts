import { addFindingAs, dataOf, errorOf, startWorld, type World } from './findings-world';

const UPLOAD = `mutation Upload($findingId: String!, $file: Upload!) { uploadFile(findingId: $findingId, file: $file) { success addedVulnerabilities } }`;
const PAGE = `query Page($f: String!, $first: Int, $after: String) { finding(identifier: $f) { submittedVulnerabilities
  vulnerabilitiesConnection(state: SUBMITTED, first: $first, after: $after) { edges { node { id where specific } } pageInfo { hasNextPage endCursor } } } }`;
const COUNT = 5000;

/** A YAML file of `count` line vulnerabilities spread over 50 files. */
const yamlOf = (count: number, offset = 0): string =>
  `lines:\n${Array.from({ length: count }, (_, index) => `  - path: src/module-${(index + offset) % 50}/file.ts\n    line: ${index + offset + 1}\n`).join('')}`;

interface Page {
  readonly finding: {
    readonly submittedVulnerabilities: number;
    readonly vulnerabilitiesConnection: {
      readonly edges: readonly { node: { id: string; where: string; specific: string } }[];
      readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

// 5,000 writes and 50 pages take seconds on a quiet machine; a loaded CI machine needs headroom.
jest.setTimeout(180_000);

describe('a 5,000-vulnerability upload', () => {
  let world: World;
  let findingId: string;
  beforeAll(async () => {
    world = await startWorld('findings_bulk_upload_test');
    findingId = await addFindingAs(world);
  });
  afterAll(() => world.stop());

  it('writes all 5,000 from one file, and pages through them without gaps or repeats', async () => {
    const uploaded = await world.upload('hacker', UPLOAD, { findingId }, { name: 'bulk.yaml', content: yamlOf(COUNT) });
    expect(dataOf(uploaded)).toEqual({ uploadFile: { success: true, addedVulnerabilities: COUNT } });

    const seen = new Map<string, string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = dataOf<Page>(await world.as('hacker', PAGE, { f: findingId, first: 1000, after }));
      expect(page.finding.submittedVulnerabilities).toBe(COUNT);
      for (const { node } of page.finding.vulnerabilitiesConnection.edges) seen.set(node.id, `${node.where}:${node.specific}`);
      pages += 1;
      after = page.finding.vulnerabilitiesConnection.pageInfo.hasNextPage ? page.finding.vulnerabilitiesConnection.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toBe(5);
    expect(seen.size).toBe(COUNT);
    expect(new Set(seen.values()).size).toBe(COUNT);
  });

  it('refuses a second file that repeats one of them, checking all of it against one read of the finding', async () => {
    const repeated = await world.upload('hacker', UPLOAD, { findingId }, { name: 'again.yaml', content: yamlOf(100, COUNT - 1) });
    expect(errorOf(repeated)?.message).toBe(`Exception - The vulnerability already exists in this finding: lines src/module-${(COUNT - 1) % 50}/file.ts line ${COUNT}`);
    const page = dataOf<Page>(await world.as('hacker', PAGE, { f: findingId, first: 1 }));
    expect(page.finding.submittedVulnerabilities).toBe(COUNT);
  });
});
