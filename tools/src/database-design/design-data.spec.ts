import { join } from 'node:path';
import { allFacets, ADMIN_EMAIL_PLACEHOLDER, type VulnerabilityType } from '@integrates/db-model';
import { locationHash, weaknessByTitle } from '@integrates/domain';
import { GROUP_ROLES, ORGANIZATION_ROLES } from '@integrates/authz';
import { cvssf, score } from '@integrates/severity';
import { buildItems, type Item, type Row } from './build-items';
import { readDataFiles } from './data-files';
import { DATA_FILES_DIR, WORKSPACE_ROOT } from './paths';

// The data set itself: what the issue asks it to cover, and that it is consistent (references resolve,
// scores and hashes are what the code would compute, history rows are past states).
const files = readDataFiles(join(WORKSPACE_ROOT, DATA_FILES_DIR));
const rows = (facet: string): readonly Row[] => files.find((file) => file.facet === facet)?.rows ?? [];
const items = buildItems(files);
const itemsOf = (facet: string): readonly Item[] => items.find((entry) => entry.facet.name === facet)?.items ?? [];

type Map = Readonly<Record<string, unknown>>;
const mapOf = (row: Row, name: string): Map | undefined => row[name] as Map | undefined;
const values = (facet: string, pick: (row: Row) => unknown): readonly unknown[] => [...new Set(rows(facet).map(pick))].sort();

const stakeholders = rows('stakeholder_metadata');
const vulnerabilities = rows('vulnerability_metadata');
const findings = rows('finding_metadata');

describe('the local test data', () => {
  it('has the local user as a user-level admin', () => {
    expect(stakeholders.find((row) => row['email'] === ADMIN_EMAIL_PLACEHOLDER)).toMatchObject({ role: 'admin', isRegistered: true });
  });

  it('has two organizations with policies and groups of every kind', () => {
    expect(rows('organization_metadata').map((row) => [row['name'], typeof mapOf(row, 'policies')?.['maxAcceptanceSeverity']])).toEqual([
      ['okada', 'number'],
      ['makimachi', 'number'],
    ]);
    const kinds = rows('group_metadata').map((row) => {
      const state = mapOf(row, 'state') ?? {};
      return `${String(state['status'])} ${String(state['type'])} squad=${String(state['hasSquad'])} machine=${String(state['hasMachine'])}`;
    });
    expect(kinds).toEqual(
      expect.arrayContaining([
        'ACTIVE CONTINUOUS squad=true machine=true',
        'ACTIVE CONTINUOUS squad=false machine=true',
        'ACTIVE ONESHOT squad=true machine=false',
        expect.stringMatching(/^DELETED /),
      ]),
    );
  });

  it('gives every group and organization role to someone, and has pending invitations', () => {
    const held = (facet: string) => values(facet, (row) => mapOf(row, 'state')?.['role']).filter((role) => role !== undefined);
    expect(held('group_access')).toEqual([...GROUP_ROLES].sort());
    expect(held('organization_access')).toEqual(ORGANIZATION_ROLES.filter((role) => role !== 'admin').sort());
    const pending = (facet: string) =>
      rows(facet).filter((row) => {
        const state = mapOf(row, 'state');
        return state?.['hasAccess'] === false && mapOf(state, 'invitation')?.['isUsed'] === false;
      });
    expect(pending('group_access').length).toBeGreaterThan(0);
    expect(pending('organization_access').length).toBeGreaterThan(0);
  });

  it('gives the hacking roles to Fluid Attacks staff and the customer roles to customers', () => {
    for (const row of rows('group_access')) {
      const role = String(mapOf(row, 'state')?.['role'] ?? mapOf(mapOf(row, 'state') ?? {}, 'invitation')?.['role']);
      const email = String(row['email']);
      if (['architect', 'hacker', 'reattacker', 'resourcer', 'reviewer'].includes(role)) expect([email, role]).toEqual([expect.stringMatching(/@fluidattacks\.com$/), role]);
      if (['user', 'user_manager', 'vulnerability_manager'].includes(role)) expect([email, role]).toEqual([expect.not.stringMatching(/@fluidattacks\.com$/), role]);
    }
  });

  it('has vulnerabilities in every state, treatment, verification and zero-risk status, of every type', () => {
    expect(values('vulnerability_metadata', (row) => mapOf(row, 'state')?.['status'])).toEqual(['DELETED', 'REJECTED', 'SAFE', 'SUBMITTED', 'VULNERABLE']);
    expect(values('vulnerability_metadata', (row) => `${String(mapOf(row, 'treatment')?.['status'])} ${String(mapOf(row, 'treatment')?.['acceptanceStatus'] ?? '')}`.trim())).toEqual([
      'ACCEPTED',
      'ACCEPTED_UNDEFINED APPROVED',
      'ACCEPTED_UNDEFINED SUBMITTED',
      'IN_PROGRESS',
      'UNTREATED',
    ]);
    expect(values('vulnerability_metadata', (row) => mapOf(row, 'verification')?.['status'])).toEqual(['ON_HOLD', 'REQUESTED', 'VERIFIED', undefined]);
    expect(values('vulnerability_metadata', (row) => mapOf(row, 'zeroRisk')?.['status'])).toEqual(['CONFIRMED', 'REJECTED', 'REQUESTED', undefined]);
    expect(values('vulnerability_metadata', (row) => row['type'])).toEqual(['INPUTS', 'LINES', 'PORTS']);
    for (const row of vulnerabilities) {
      const treatment = mapOf(row, 'treatment');
      if (treatment?.['status'] === 'ACCEPTED') expect(Date.parse(String(treatment['acceptedUntil']))).toBeGreaterThan(Date.parse(String(treatment['modifiedDate'])));
      if (mapOf(row, 'verification')?.['status'] === 'ON_HOLD') expect(mapOf(row, 'verification')?.['eventId']).toEqual(expect.any(String));
    }
  });

  it('has events in every status, each with OPEN and then CREATED first', () => {
    expect(values('event_metadata', (row) => mapOf(row, 'state')?.['status'])).toEqual(['CREATED', 'SOLVED', 'VERIFICATION_REQUESTED']);
    for (const event of rows('event_metadata')) {
      const history = rows('event_historic_state')
        .filter((row) => row['id'] === event['id'])
        .sort((a, b) => String(a['modifiedDate']).localeCompare(String(b['modifiedDate'])));
      expect([event['id'], history[0]?.['status'], history[0]?.['modifiedDate']]).toEqual([event['id'], 'OPEN', event['eventDate']]);
      const created = [...history, mapOf(event, 'state')].find((state) => state?.['status'] === 'CREATED');
      expect([event['id'], created?.['modifiedDate']]).toEqual([event['id'], event['createdDate']]);
    }
  });

  it('has git, IP and URL roots, active and inactive, and comment threads', () => {
    expect(values('root_metadata', (row) => `${String(row['type'])} ${String(mapOf(row, 'state')?.['status'])}`)).toEqual(
      expect.arrayContaining(['Git ACTIVE', 'Git INACTIVE', 'IP ACTIVE', 'URL ACTIVE', 'URL INACTIVE']),
    );
    for (const facet of ['finding_comment', 'group_comment', 'event_comment']) {
      expect([facet, rows(facet).some((row) => row['parentId'] !== '0')]).toEqual([facet, true]);
    }
  });
});

describe('the consistency of the local test data', () => {
  it('scores every severity as @integrates/severity does', () => {
    const scored = [...findings, ...vulnerabilities].flatMap((row) => {
      const severity = mapOf(row, 'severityScore');
      return severity ? [[row['id'], severity] as const] : [];
    });
    expect(scored.length).toBeGreaterThan(findings.length);
    for (const [id, severity] of scored) {
      const result = score(String(severity['cvssV3']));
      expect([id, severity['cvssV3'], severity['baseScore'], severity['temporalScore'], severity['cvssf']]).toEqual([
        id,
        result.vector,
        result.base,
        result.severityScore,
        cvssf(result.severityScore),
      ]);
    }
  });

  it('titles findings NNN. Title from the weakness catalogue, with requirements of that weakness', () => {
    for (const row of findings) {
      const weakness = weaknessByTitle(String(row['title']));
      expect([row['title'], weakness?.code]).toEqual([row['title'], String(row['title']).slice(0, 3)]);
      for (const requirement of row['unfulfilledRequirements'] as readonly string[]) {
        expect([row['title'], weakness?.requirements]).toEqual([row['title'], expect.arrayContaining([requirement])]);
      }
    }
  });

  it('hashes every location as the domain does', () => {
    for (const row of vulnerabilities) {
      const state = mapOf(row, 'state') ?? {};
      const location = { type: row['type'] as VulnerabilityType, where: String(state['where']), specific: String(state['specific']) };
      expect([row['id'], row['hash']]).toEqual([row['id'], locationHash(location, String(row['rootId']))]);
    }
  });

  it('resolves every reference', () => {
    const ids = (facet: string, field = 'id') => new Set(rows(facet).map((row) => String(row[field])));
    const emails = ids('stakeholder_metadata', 'email');
    const groups = new Map(rows('group_metadata').map((row) => [row['name'], row]));
    const roots = new Map(rows('root_metadata').map((row) => [row['id'], row]));
    const events = ids('event_metadata');
    const organizations = ids('organization_metadata');
    const comments = new Map(rows('finding_comment').map((row) => [row['id'], row]));
    const findingsById = new Map(findings.map((row) => [row['id'], row]));
    for (const access of [...rows('group_access'), ...rows('organization_access')]) expect(emails).toContain(access['email']);
    for (const access of rows('group_access')) expect(groups.has(access['groupName'])).toBe(true);
    for (const access of rows('organization_access')) expect(organizations).toContain(access['organizationId']);
    for (const group of groups.values()) expect(organizations).toContain(group['organizationId']);
    for (const finding of findings) {
      expect(groups.has(finding['groupName'])).toBe(true);
      const commentId = mapOf(finding, 'verification')?.['commentId'];
      if (commentId !== undefined) expect(comments.get(commentId)).toMatchObject({ findingId: finding['id'], commentType: 'VERIFICATION' });
    }
    for (const row of vulnerabilities) {
      const finding = findingsById.get(row['findingId']);
      expect([row['id'], finding?.['groupName']]).toEqual([row['id'], row['groupName']]);
      expect([row['id'], roots.get(row['rootId'])?.['groupName']]).toEqual([row['id'], row['groupName']]);
      const eventId = mapOf(row, 'verification')?.['eventId'];
      if (eventId !== undefined) expect(events).toContain(eventId);
      const zeroRisk = mapOf(row, 'zeroRisk');
      if (zeroRisk) expect(comments.get(zeroRisk['commentId'])).toMatchObject({ findingId: row['findingId'], commentType: 'ZERO_RISK' });
    }
    for (const event of rows('event_metadata')) {
      expect([event['id'], roots.get(event['rootId'])?.['groupName']]).toEqual([event['id'], event['groupName']]);
      expect(groups.get(event['groupName'])?.['organizationId']).toBe(event['organizationId']);
    }
    for (const facet of ['finding_comment', 'group_comment', 'event_comment']) {
      const threadIds = ids(facet);
      for (const comment of rows(facet)) {
        expect([comment['id'], String(Date.parse(String(comment['creationDate'])))]).toEqual([comment['id'], comment['id']]);
        if (comment['parentId'] !== '0') expect(threadIds).toContain(comment['parentId']);
      }
    }
  });

  // Which metadata attribute holds the current value of each historic facet.
  const CURRENT: Readonly<Record<string, readonly [string, string]>> = {
    stakeholder_historic_state: ['stakeholder_metadata', 'state'],
    organization_historic_state: ['organization_metadata', 'state'],
    organization_historic_policies: ['organization_metadata', 'policies'],
    organization_historic_access: ['organization_access', 'state'],
    group_historic_state: ['group_metadata', 'state'],
    group_historic_policies: ['group_metadata', 'policies'],
    group_historic_access: ['group_access', 'state'],
    finding_historic_state: ['finding_metadata', 'state'],
    finding_historic_verification: ['finding_metadata', 'verification'],
    vulnerability_historic_state: ['vulnerability_metadata', 'state'],
    vulnerability_historic_treatment: ['vulnerability_metadata', 'treatment'],
    vulnerability_historic_verification: ['vulnerability_metadata', 'verification'],
    vulnerability_historic_zero_risk: ['vulnerability_metadata', 'zero_risk'],
    event_historic_state: ['event_metadata', 'state'],
    root_historic_state: ['root_metadata', 'state'],
  };

  it('knows where the current value of every historic facet lives', () => {
    const historic = allFacets().filter((facet) => facet.keyTemplate.sk.endsWith('#modified_date')).map((facet) => facet.name);
    expect(Object.keys(CURRENT).sort()).toEqual(historic.sort());
  });

  it('dates every history row before the current value, so readers show it', () => {
    for (const [historic, [metadata, map]] of Object.entries(CURRENT)) {
      const current = new Map(
        itemsOf(metadata).flatMap((item) => {
          const value = item[map] as Map | undefined;
          // Access histories live under USER#email#<parent>, the access's pk and sk joined.
          const historyPk = metadata.endsWith('_access') ? `${String(item['pk'])}#${String(item['sk'])}` : String(item['pk']);
          return value ? [[historyPk, String(value['modified_date'])] as const] : [];
        }),
      );
      for (const row of itemsOf(historic)) {
        const currentDate = current.get(String(row['pk']));
        expect([historic, row['pk'], String(row['modified_date']) < (currentDate ?? '')]).toEqual([historic, row['pk'], true]);
      }
    }
  });
});
