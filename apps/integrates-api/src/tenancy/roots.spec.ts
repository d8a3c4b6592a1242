import { addFinding, addVulnerabilities, getFindings, getGroupRoots, getVulnerabilities, getVulnerabilityHistoricState } from '@integrates/db-model';
import { aFinding, aGroup, aVulnerability } from '@integrates/db-model/testing';
import { messages, startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const ADMIN = 'admin@fluidattacks.com';
const MANAGER = 'manager@customer.com';
const USER = 'user@customer.com';
const REVIEWER = 'reviewer@fluidattacks.com';

const ADD_GIT = `mutation A($group: String!, $url: String!, $branch: String!, $environment: String!, $gitignore: [String!]!, $includesHealthCheck: Boolean!,
  $nickname: String) { addGitRoot(groupName: $group, url: $url, branch: $branch, environment: $environment, gitignore: $gitignore,
  includesHealthCheck: $includesHealthCheck, nickname: $nickname) { success rootId } }`;
const UPDATE_GIT = `mutation U($group: String!, $id: ID!, $url: String!, $branch: String!, $environment: String!, $gitignore: [String!]!,
  $includesHealthCheck: Boolean!, $nickname: String) { updateGitRoot(groupName: $group, id: $id, url: $url, branch: $branch,
  environment: $environment, gitignore: $gitignore, includesHealthCheck: $includesHealthCheck, nickname: $nickname) { success } }`;
const ADD_IP = 'mutation I($group: String!, $address: String!, $nickname: String!) { addIpRoot(groupName: $group, address: $address, nickname: $nickname) { success rootId } }';
const ADD_URL = 'mutation L($group: String!, $url: String!, $nickname: String!) { addUrlRoot(groupName: $group, url: $url, nickname: $nickname) { success rootId } }';
const DEACTIVATE = `mutation D($group: String!, $id: ID!, $reason: RootDeactivationReason!, $other: String) {
  deactivateRoot(groupName: $group, id: $id, reason: $reason, other: $other) { success } }`;
const ACTIVATE = 'mutation A($group: String!, $id: ID!) { activateRoot(groupName: $group, id: $id) { success } }';
const ROOTS = `{ group(groupName: "rootgroup") { roots { __typename id nickname state
  ... on GitRoot { url branch environment gitignore includesHealthCheck } ... on IPRoot { address }
  ... on URLRoot { host path port protocol query } } } }`;

const git = { group: 'rootgroup', url: 'https://gitlab.com/acme/shop.git', branch: 'main', environment: 'production', gitignore: [], includesHealthCheck: false };

describe('roots through HTTP', () => {
  let h: TenancyHarness;
  const rootId = (answer: { data?: unknown }, field: string): string => (answer.data as Record<string, { rootId: string }>)[field]?.rootId ?? '';

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_roots');
    await h.stakeholder(ADMIN, 'admin');
    await h.stakeholder(MANAGER, 'user');
    await h.stakeholder(USER, 'user');
    await h.stakeholder(REVIEWER, 'hacker');
    const organization = await h.organization('rootorg', { [MANAGER]: 'user_manager' });
    await h.group(organization, 'rootgroup', { [MANAGER]: 'user_manager', [USER]: 'user', [REVIEWER]: 'reviewer' });
    await h.group(organization, 'siblinggroup', { [MANAGER]: 'user_manager' }, { state: { ...aGroup().state, hasSquad: false } });
  });
  afterAll(() => h.stop());

  describe('git roots', () => {
    it('adds one; without a nickname it is named after the repository', async () => {
      const answer = await h.as(MANAGER, ADD_GIT, git);
      expect(answer.errors).toBeUndefined();
      const id = rootId(answer, 'addGitRoot');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect((await h.as(USER, ROOTS)).data).toEqual({
        group: {
          roots: [
            {
              __typename: 'GitRoot',
              id,
              nickname: 'shop',
              state: 'ACTIVE',
              url: 'https://gitlab.com/acme/shop.git',
              branch: 'main',
              environment: 'production',
              gitignore: [],
              includesHealthCheck: false,
            },
          ],
        },
      });
    });

    it.each([
      [{ url: 'ftp://gitlab.com/acme/x.git', nickname: 'x1' }, 'Exception - Field url is invalid'],
      [{ url: 'https://user:secret@gitlab.com/acme/x.git', nickname: 'x2' }, 'Exception - Field url is invalid'],
      [{ url: 'https://gitlab.com', nickname: 'x3' }, 'Exception - Field url is invalid'],
      [{ url: 'https://gitlab.com/acme/other.git', branch: 'feature..x', nickname: 'x4' }, 'Exception - Field branch is invalid'],
      [{ url: 'https://gitlab.com/acme/other.git', branch: 'bad branch', nickname: 'x5' }, 'Exception - Field branch is invalid'],
      [{ url: 'https://gitlab.com/acme/other.git', nickname: 'my root' }, 'Exception - Invalid characters in nickname'],
      [{ url: 'https://gitlab.com/acme/other.git', nickname: '-cmd' }, 'Exception - Unsanitized input found'],
      [{ url: 'https://gitlab.com/acme/other.git', nickname: 'SHOP' }, 'Exception - Root with the same nickname already exists'],
      [{ url: 'https://GitLab.com/acme/shop', nickname: 'again' }, 'Exception - Root with the same URL/branch already exists'],
      [{ url: 'https://gitlab.com/acme/other.git', nickname: 'x6', environment: ' ' }, 'Exception - Field environment is invalid'],
      [{ url: 'https://gitlab.com/acme/other.git', nickname: 'x7', gitignore: ['other/node_modules'] }, 'Exception - Root name should not be included in the exception pattern'],
    ])('refuses %p', async (overrides, message) => {
      expect(messages(await h.as(MANAGER, ADD_GIT, { ...git, ...overrides }))).toEqual([message]);
    });

    it('refuses a health check where the group has no Squad, and the same URL and branch in another group of the organization', async () => {
      const inSibling = { ...git, group: 'siblinggroup', url: 'https://gitlab.com/acme/api.git' };
      expect(messages(await h.as(MANAGER, ADD_GIT, { ...inSibling, includesHealthCheck: true }))).toEqual(['Exception - Error permission denied']);
      expect(messages(await h.as(MANAGER, ADD_GIT, { ...git, group: 'siblinggroup' }))).toEqual(['Exception - Root with the same URL/branch already exists']);
      // Another branch of the same repository is another root.
      expect((await h.as(MANAGER, ADD_GIT, { ...git, group: 'siblinggroup', branch: 'develop' })).data).toMatchObject({ addGitRoot: { success: true } });
    });

    it('accepts ssh URLs', async () => {
      for (const [url, nickname] of [['git@github.com:acme/ssh-repo.git', 'sshrepo'], ['ssh://git@github.com:22/acme/other-ssh.git', 'sshrepo2']]) {
        expect((await h.as(MANAGER, ADD_GIT, { ...git, url, nickname })).data).toMatchObject({ addGitRoot: { success: true } });
      }
    });

    it('updates an active git root, keeping its history', async () => {
      const [root] = (await getGroupRoots('rootgroup')).filter((candidate) => candidate.state.nickname === 'shop');
      const answer = await h.as(MANAGER, UPDATE_GIT, { ...git, id: root?.id, branch: 'trunk', environment: 'qa', nickname: 'shopfront' });
      expect(answer.data).toEqual({ updateGitRoot: { success: true } });
      const read = await h.as(MANAGER, `{ root(groupName: "rootgroup", rootId: "${root?.id}") { nickname historicState { nickname branch modifiedBy } ... on GitRoot { branch environment } } }`);
      expect(read.data).toEqual({
        root: {
          nickname: 'shopfront',
          branch: 'trunk',
          environment: 'qa',
          historicState: [
            { nickname: 'shop', branch: 'main', modifiedBy: MANAGER },
            { nickname: 'shopfront', branch: 'trunk', modifiedBy: MANAGER },
          ],
        },
      });
      expect(messages(await h.as(MANAGER, UPDATE_GIT, { ...git, id: 'nosuchroot', nickname: 'y' }))).toEqual(['Exception - Access denied or root not found']);
    });

    it('is for root editors: a reviewer may not add one, a user may', async () => {
      expect(messages(await h.as(REVIEWER, ADD_GIT, { ...git, url: 'https://gitlab.com/acme/rev.git' }))).toEqual(['Access denied']);
      expect((await h.as(USER, ADD_GIT, { ...git, url: 'https://gitlab.com/acme/user.git' })).data).toMatchObject({ addGitRoot: { success: true } });
      expect((await h.as(ADMIN, ADD_GIT, { ...git, url: 'https://gitlab.com/acme/admin.git' })).data).toMatchObject({ addGitRoot: { success: true } });
    });
    it('refuses to update a root that is not git, not active, missing, or whose URL has reported vulnerabilities', async () => {
      const ipRoot = rootId(await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '172.16.0.1', nickname: 'ipforupdate' }), 'addIpRoot');
      expect(messages(await h.as(MANAGER, UPDATE_GIT, { ...git, id: ipRoot }))).toEqual(['Exception - A git root is required']);
      const gitRoot = rootId(await h.as(MANAGER, ADD_GIT, { ...git, url: 'https://gitlab.com/acme/reported.git' }), 'addGitRoot');
      await addVulnerabilities([aVulnerability({ groupName: 'rootgroup', organizationName: 'rootorg', rootId: gitRoot })]);
      expect(messages(await h.as(MANAGER, UPDATE_GIT, { ...git, id: gitRoot, url: 'https://gitlab.com/acme/moved.git' }))).toEqual([
        "Exception - A root with reported vulns can't be updated",
      ]);
      expect(messages(await h.as(REVIEWER, UPDATE_GIT, { ...git, id: gitRoot, url: 'https://gitlab.com/acme/reported.git' }))).toEqual(['Access denied']);
      await h.as(MANAGER, DEACTIVATE, { group: 'rootgroup', id: gitRoot, reason: 'OUT_OF_SCOPE' });
      expect(messages(await h.as(MANAGER, UPDATE_GIT, { ...git, id: gitRoot, url: 'https://gitlab.com/acme/reported.git' }))).toEqual([
        'Exception - The root is not active',
      ]);
      expect(messages(await h.as(MANAGER, ACTIVATE, { group: 'rootgroup', id: 'no-such-root' }))).toEqual(['Exception - Access denied or root not found']);
      expect(messages(await h.as(MANAGER, DEACTIVATE, { group: 'rootgroup', id: gitRoot, reason: 'OTHER', other: 'x'.repeat(251) }))).toEqual([
        'Exception - Invalid field length in form',
      ]);
    });
  });

  describe('IP and URL roots', () => {
    it('adds IPv4 and IPv6 addresses and refuses others and repeats', async () => {
      expect((await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '192.168.1.10', nickname: 'office' })).data).toMatchObject({ addIpRoot: { success: true } });
      expect((await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '2001:db8::1', nickname: 'office6' })).data).toMatchObject({ addIpRoot: { success: true } });
      expect(messages(await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '300.1.1.1', nickname: 'bad' }))).toEqual(['Exception - Field address is invalid']);
      expect(messages(await h.as(MANAGER, ADD_IP, { group: 'siblinggroup', address: '192.168.1.10', nickname: 'dup' }))).toEqual([
        'Exception - Root with the same URL/branch already exists',
      ]);
      expect(messages(await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '10.0.0.1', nickname: 'office' }))).toEqual([
        'Exception - Root with the same nickname already exists',
      ]);
      expect(messages(await h.as(REVIEWER, ADD_IP, { group: 'rootgroup', address: '10.0.0.2', nickname: 'reviewers' }))).toEqual(['Access denied']);
      expect(messages(await h.as(REVIEWER, ADD_URL, { group: 'rootgroup', url: 'https://r.acme.com', nickname: 'reviewers' }))).toEqual(['Access denied']);
    });

    it('adds a URL split into its parts, and refuses other schemes', async () => {
      const answer = await h.as(MANAGER, ADD_URL, { group: 'rootgroup', url: 'https://app.acme.com/login?next=home#top', nickname: 'webapp' });
      const id = rootId(answer, 'addUrlRoot');
      const read = await h.as(MANAGER, `{ root(groupName: "rootgroup", rootId: "${id}") { ... on URLRoot { host path port protocol query } } }`);
      expect(read.data).toEqual({ root: { host: 'app.acme.com', path: '/login#top', port: 443, protocol: 'HTTPS', query: 'next=home' } });
      expect(messages(await h.as(MANAGER, ADD_URL, { group: 'rootgroup', url: 'ftp://files.acme.com', nickname: 'files' }))).toEqual(['Exception - Field url is invalid']);
      expect(messages(await h.as(MANAGER, ADD_URL, { group: 'rootgroup', url: 'https://app.acme.com/login?next=home#top', nickname: 'again' }))).toEqual([
        'Exception - Root with the same URL/branch already exists',
      ]);
    });
  });

  describe('deactivating and activating', () => {
    it('closes the root\'s open vulnerabilities as SAFE with the reason EXCLUSION, then makes it inactive', async () => {
      const id = rootId(await h.as(MANAGER, ADD_GIT, { ...git, url: 'https://gitlab.com/acme/legacy.git' }), 'addGitRoot');
      const finding = aFinding({ groupName: 'rootgroup' });
      await addFinding(finding);
      const open = aVulnerability({ findingId: finding.id, groupName: 'rootgroup', organizationName: 'rootorg', rootId: id });
      const submitted = aVulnerability({
        findingId: finding.id,
        groupName: 'rootgroup',
        organizationName: 'rootorg',
        rootId: id,
        state: { ...open.state, status: 'SUBMITTED', specific: '7' },
      });
      const elsewhere = aVulnerability({ groupName: 'rootgroup', organizationName: 'rootorg' });
      await addVulnerabilities([open, submitted, elsewhere]);

      expect(messages(await h.as(USER, DEACTIVATE, { group: 'rootgroup', id, reason: 'OUT_OF_SCOPE' }))).toEqual(['Access denied']);
      const answer = await h.as(MANAGER, DEACTIVATE, { group: 'rootgroup', id, reason: 'OTHER', other: 'Moved to a new repository' });
      expect(answer.data).toEqual({ deactivateRoot: { success: true } });

      const [closed, untouched, other] = await getVulnerabilities([open.id, submitted.id, elsewhere.id]);
      expect(closed?.state).toMatchObject({ status: 'SAFE', reasons: ['EXCLUSION'], modifiedBy: MANAGER });
      expect(closed && (await getVulnerabilityHistoricState(closed)).map((state) => state.status)).toEqual(['VULNERABLE', 'SAFE']);
      expect(closed?.unreliableIndicators?.['closingDate']).toBe(closed?.state.modifiedDate);
      expect(untouched?.state.status).toBe('SUBMITTED');
      // The finding's indicators follow: nothing open is left on it.
      expect((await getFindings([finding.id]))[0]?.unreliableIndicators).toMatchObject({ status: 'SAFE', openVulnerabilities: 0, closedVulnerabilities: 1 });
      expect(other?.state.status).toBe('VULNERABLE');
      const read = await h.as(MANAGER, `{ root(groupName: "rootgroup", rootId: "${id}") { state reason other } }`);
      expect(read.data).toEqual({ root: { state: 'INACTIVE', reason: 'OTHER', other: 'Moved to a new repository' } });

      expect((await h.as(MANAGER, ACTIVATE, { group: 'rootgroup', id })).data).toEqual({ activateRoot: { success: true } });
      expect((await h.as(MANAGER, `{ root(groupName: "rootgroup", rootId: "${id}") { state reason } }`)).data).toEqual({ root: { state: 'ACTIVE', reason: null } });
    });

    it('counts inactive roots when looking for repeats; activating is for admins and user managers, not users', async () => {
      const first = rootId(await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '10.1.1.1', nickname: 'first' }), 'addIpRoot');
      await h.as(MANAGER, DEACTIVATE, { group: 'rootgroup', id: first, reason: 'REGISTERED_BY_MISTAKE' });
      // Inactive roots still count when adding: the same address cannot be added again.
      expect(messages(await h.as(MANAGER, ADD_IP, { group: 'rootgroup', address: '10.1.1.1', nickname: 'second' }))).toEqual([
        'Exception - Root with the same URL/branch already exists',
      ]);
      expect((await h.as(ADMIN, ACTIVATE, { group: 'rootgroup', id: first })).data).toEqual({ activateRoot: { success: true } });
      expect(messages(await h.as(USER, ACTIVATE, { group: 'rootgroup', id: first }))).toEqual(['Access denied']);
    });
  });
});

