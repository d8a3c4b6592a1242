import { startTestStore, aVulnerability, type TestStore } from '../testing';
import { addVulnerabilities, getFindingVulnerabilities, getGroupVulnerabilities, type Vulnerability, type VulnerabilityFilters } from '../vulnerabilities';
import { InvalidCursorError, InvalidRecordError } from '../model/errors';
import type { Connection, PageRequest } from './connection';

const STATES = ['SUBMITTED', 'REJECTED', 'VULNERABLE', 'SAFE', 'DELETED'] as const;
const TREATMENTS = ['UNTREATED', 'IN_PROGRESS', 'ACCEPTED', 'ACCEPTED_UNDEFINED'] as const;
const DATE = '2026-01-01T00:00:00.000Z';

const collectAll = async (
  load: (page: PageRequest) => Promise<Connection<Vulnerability>>,
  first: number,
): Promise<readonly string[]> => {
  const ids: string[] = [];
  let after: string | undefined;
  for (let pages = 0; pages < 1000; pages += 1) {
    const connection = await load({ first, ...(after ? { after } : {}) });
    ids.push(...connection.edges.map((edge) => edge.node.id));
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    if (!connection.pageInfo.hasNextPage) return ids;
    after = connection.pageInfo.endCursor;
  }
  throw new Error('paging did not end');
};

describe('paging', () => {
  let store: TestStore;
  const vulnerabilities: Vulnerability[] = Array.from({ length: 1000 }, (_, i) => {
    const status = STATES[i % STATES.length] ?? 'VULNERABLE';
    return aVulnerability({
      findingId: 'paged-finding',
      groupName: 'pagedgroup',
      state: { status, source: 'ANALYST', where: `src/file${i}.ts`, specific: String(i), modifiedBy: 'a@b.co', modifiedDate: DATE },
      treatment: { status: TREATMENTS[i % TREATMENTS.length] ?? 'UNTREATED', modifiedBy: 'a@b.co', modifiedDate: DATE },
      ...(i % 7 === 0 ? { zeroRisk: { status: 'REQUESTED' as const, commentId: '1', modifiedBy: 'a@b.co', modifiedDate: DATE } } : {}),
      ...(i % 3 === 0 ? { verification: { status: 'REQUESTED' as const, modifiedBy: 'a@b.co', modifiedDate: DATE } } : {}),
    });
  });

  beforeAll(async () => {
    store = await startTestStore();
    await addVulnerabilities(vulnerabilities);
  });
  afterAll(() => store.stop());

  const expected = (keep: (v: Vulnerability) => boolean): readonly string[] => vulnerabilities.filter(keep).map((v) => v.id).sort();
  const zr = (v: Vulnerability) => v.zeroRisk?.status === 'REQUESTED' || v.zeroRisk?.status === 'CONFIRMED';

  const cases: readonly [string, VulnerabilityFilters, (v: Vulnerability) => boolean][] = [
    ['no filter (removed ones left out)', {}, (v) => v.state.status !== 'DELETED'],
    ['state', { state: 'VULNERABLE' }, (v) => v.state.status === 'VULNERABLE'],
    ['state and zero risk', { state: 'SAFE', zeroRisk: false }, (v) => v.state.status === 'SAFE' && !zr(v)],
    ['treatment', { treatment: 'IN_PROGRESS' }, (v) => v.state.status !== 'DELETED' && v.treatment?.status === 'IN_PROGRESS'],
    [
      'state, zero risk and verification',
      { state: 'VULNERABLE', zeroRisk: false, verification: 'REQUESTED' },
      (v) => v.state.status === 'VULNERABLE' && !zr(v) && v.verification?.status === 'REQUESTED',
    ],
    ['deleted', { state: 'DELETED' }, (v) => v.state.status === 'DELETED'],
  ];

  it.each(cases)('a finding listing filtered by %s returns every match exactly once', async (_name, filters, keep) => {
    for (const first of [1, 37, 100]) {
      const ids = await collectAll((page) => getFindingVulnerabilities('paged-finding', filters, page), first === 1 ? 1000 : first);
      expect(ids.length).toBe(new Set(ids).size);
      expect([...ids].sort()).toEqual(expected(keep));
    }
  });

  it.each(cases)('a group listing filtered by %s returns every match exactly once', async (_name, filters, keep) => {
    const ids = await collectAll((page) => getGroupVulnerabilities('pagedgroup', filters, page), 64);
    expect(ids.length).toBe(new Set(ids).size);
    expect([...ids].sort()).toEqual(expected(keep));
  });

  it('refuses forged cursors, cursors of another list, and bad page sizes', async () => {
    const page = await getFindingVulnerabilities('paged-finding', {}, { first: 10 });
    const cursor = page.pageInfo.endCursor ?? '';
    await expect(getFindingVulnerabilities('paged-finding', { state: 'SAFE' }, { first: 10, after: cursor })).rejects.toBeInstanceOf(
      InvalidCursorError,
    );
    await expect(getGroupVulnerabilities('pagedgroup', {}, { first: 10, after: cursor })).rejects.toBeInstanceOf(InvalidCursorError);
    const forged = Buffer.from(JSON.stringify({ s: 'x', k: { pk: 'VULN#1' } })).toString('base64url');
    await expect(getFindingVulnerabilities('paged-finding', {}, { after: forged })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(getFindingVulnerabilities('paged-finding', {}, { after: 'not base64!' })).rejects.toThrow(
      'Exception - Invalid pagination cursor',
    );
    await expect(getFindingVulnerabilities('paged-finding', {}, { first: 0 })).rejects.toBeInstanceOf(InvalidRecordError);
  });
});
