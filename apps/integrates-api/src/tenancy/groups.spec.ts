import { getGroups } from '@integrates/db-model';
import { messages, startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const ADMIN = 'admin@fluidattacks.com';
const OWNER = 'owner@customer.com';
const STAFF = 'cm@fluidattacks.com';
const MEMBER = 'member@customer.com';
const STRANGER = 'stranger@customer.com';

const ADD = `mutation Add($org: String, $name: String!, $description: String!, $hasMachine: Boolean!, $hasSquad: Boolean!, $language: Language,
  $service: ServiceType, $subscription: SubscriptionType) {
  addGroup(organizationName: $org, groupName: $name, description: $description, hasMachine: $hasMachine, hasSquad: $hasSquad,
    language: $language, service: $service, subscription: $subscription) { success } }`;
const UPDATE = `mutation U($name: String!, $comments: String!, $reason: UpdateGroupReason!, $hasAsm: Boolean!, $hasMachine: Boolean!,
  $hasSquad: Boolean!, $subscription: SubscriptionType!, $service: ServiceType, $tier: TierType) {
  updateGroup(groupName: $name, comments: $comments, reason: $reason, hasAsm: $hasAsm, hasMachine: $hasMachine, hasSquad: $hasSquad,
    subscription: $subscription, service: $service, tier: $tier) { success } }`;
const INFO = `mutation I($name: String!, $description: String!, $language: Language!, $businessId: String, $businessName: String, $sprintDuration: Int) {
  updateGroupInfo(groupName: $name, description: $description, language: $language, businessId: $businessId, businessName: $businessName,
    sprintDuration: $sprintDuration) { success } }`;
const GROUP_POLICIES = `mutation P($name: String!, $maxAcceptanceDays: Int, $maxAcceptanceSeverity: Float, $minAcceptanceSeverity: Float, $vulnerabilityGracePeriod: Int) {
  updateGroupPolicies(groupName: $name, maxAcceptanceDays: $maxAcceptanceDays, maxAcceptanceSeverity: $maxAcceptanceSeverity,
    minAcceptanceSeverity: $minAcceptanceSeverity, vulnerabilityGracePeriod: $vulnerabilityGracePeriod) { success } }`;
const ADD_TAGS = 'mutation T($name: String!, $tags: [String!]!) { addGroupTags(groupName: $name, tagsData: $tags) { success group { tags } } }';
const REMOVE_TAG = 'mutation R($name: String!, $tag: String!) { removeGroupTag(groupName: $name, tag: $tag) { success group { tags } } }';

const valid = { org: 'groupsorg', description: 'The web shop', hasMachine: true, hasSquad: false };

describe('groups through HTTP', () => {
  let h: TenancyHarness;

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_groups');
    await h.stakeholder(ADMIN, 'admin');
    await h.stakeholder(OWNER, 'user');
    await h.stakeholder(STAFF, 'hacker');
    await h.stakeholder(MEMBER, 'user');
    await h.stakeholder(STRANGER, 'user');
    await h.organization('groupsorg', { [OWNER]: 'user_manager', [STAFF]: 'customer_manager', [MEMBER]: 'user' });
  });
  afterAll(() => h.stop());

  describe('addGroup', () => {
    it('creates the group in lowercase; the creator and the organization\'s customer managers get access', async () => {
      const answer = await h.as(OWNER, ADD, { ...valid, name: 'WebShop', language: 'ES', service: 'BLACK', subscription: 'ONESHOT' });
      expect(answer).toEqual({ data: { addGroup: { success: true } } });
      const read = await h.as(
        OWNER,
        `{ group(groupName: "webshop") { name organization description language service subscription tier managed hasAsm hasMachine hasSquad
          hasForces tags userRole stakeholders { email role invitationState } } }`,
      );
      expect(read.data).toEqual({
        group: {
          name: 'webshop',
          organization: 'groupsorg',
          description: 'The web shop',
          language: 'ES',
          service: 'BLACK',
          subscription: 'ONESHOT',
          tier: 'FREE',
          managed: 'MANAGED',
          hasAsm: true,
          hasMachine: true,
          hasSquad: false,
          hasForces: false,
          tags: [],
          userRole: 'user_manager',
          // The customer does not see Fluid Attacks staff among the members.
          stakeholders: [{ email: OWNER, role: 'user_manager', invitationState: 'REGISTERED' }],
        },
      });
      expect((await h.groupAccess(STAFF, 'webshop'))?.state).toMatchObject({ hasAccess: true, role: 'customer_manager' });
    });

    it('gives an admin creator no explicit access: admins reach every group', async () => {
      expect((await h.as(ADMIN, ADD, { ...valid, name: 'admingroup' })).data).toEqual({ addGroup: { success: true } });
      expect(await h.groupAccess(ADMIN, 'admingroup')).toBeUndefined();
      expect((await h.as(ADMIN, '{ group(groupName: "admingroup") { userRole } }')).data).toEqual({ group: { userRole: 'admin' } });
    });

    it.each([
      [{ name: 'web-shop' }, 'Exception - Invalid group name in form'],
      [{ name: 'abc' }, 'Exception - Invalid field length in form'],
      [{ name: 'abcdefghijklmnopqrstu' }, 'Exception - Invalid field length in form'],
      [{ name: 'WEBSHOP' }, 'Exception - Error invalid group name'],
      [{ name: 'squadgroup', hasSquad: true, hasMachine: false }, 'Exception - Squad is only available when Machine is too'],
      [{ name: 'badchars', description: '=cmd()' }, 'Exception - Invalid characters'],
      [{ name: 'longdesc', description: 'x'.repeat(201) }, 'Exception - Invalid field length in form'],
      [{ name: 'blankdesc', description: '   ' }, 'Exception - Field description is invalid'],
    ])('refuses %p: %s', async (overrides, message) => {
      expect(messages(await h.as(OWNER, ADD, { ...valid, ...overrides }))).toEqual([message]);
    });

    it('lets user managers add groups, not users of the organization nor strangers; a missing organization looks forbidden', async () => {
      expect(messages(await h.as(MEMBER, ADD, { ...valid, name: 'membergroup' }))).toEqual(['Access denied']);
      expect(messages(await h.as(STRANGER, ADD, { ...valid, name: 'strangergroup' }))).toEqual(['Access denied']);
      expect(messages(await h.as(OWNER, ADD, { ...valid, org: 'nosuchorg', name: 'orphangroup' }))).toEqual(['Access denied']);
      expect(messages(await h.anonymous(ADD, { ...valid, name: 'anongroup' }))).toEqual(['Login required']);
    });
  });

  describe('updateGroup', () => {
    it('changes services and subscription, keeping the reason and comments in the history', async () => {
      await h.as(OWNER, ADD, { ...valid, name: 'servicegroup', service: 'WHITE' });
      const answer = await h.as(STAFF, UPDATE, {
        name: 'servicegroup',
        comments: 'More testing',
        reason: 'NONE',
        hasAsm: true,
        hasMachine: true,
        hasSquad: true,
        subscription: 'CONTINUOUS',
        tier: 'SQUAD',
      });
      expect(answer.data).toEqual({ updateGroup: { success: true } });
      const read = await h.as(STAFF, '{ group(groupName: "servicegroup") { hasSquad tier historicState { hasSquad justification comments modifiedBy } } }');
      expect(read.data).toEqual({
        group: {
          hasSquad: true,
          tier: 'SQUAD',
          historicState: [
            { hasSquad: false, justification: null, comments: null, modifiedBy: OWNER },
            { hasSquad: true, justification: 'NONE', comments: 'More testing', modifiedBy: STAFF },
          ],
        },
      });
    });

    it.each([
      [{ hasSquad: true, hasAsm: true, hasMachine: false }, 'Exception - Squad is only available when Machine is too'],
      [{ subscription: 'ONESHOT' }, 'Exception - OneShot service is no longer provided'],
      [{ comments: 'x'.repeat(251) }, 'Exception - Invalid field length in form'],
    ])('refuses %p', async (overrides, message) => {
      const base = { name: 'servicegroup', comments: 'ok', reason: 'NONE', hasAsm: true, hasMachine: true, hasSquad: false, subscription: 'CONTINUOUS' };
      expect(messages(await h.as(STAFF, UPDATE, { ...base, ...overrides }))).toEqual([message]);
    });

    it('refuses Squad without ASM', async () => {
      const answer = await h.as(STAFF, UPDATE, {
        name: 'servicegroup', comments: 'x', reason: 'NONE', hasAsm: false, hasMachine: true, hasSquad: true, subscription: 'CONTINUOUS',
      });
      expect(messages(answer)).toEqual(['Exception - Squad is only available when ASM is too']);
    });

    it('is for customer managers and admins: a user manager may not', async () => {
      const variables = { name: 'servicegroup', comments: 'x', reason: 'NONE', hasAsm: true, hasMachine: true, hasSquad: false, subscription: 'CONTINUOUS' };
      expect(messages(await h.as(OWNER, UPDATE, variables))).toEqual(['Access denied']);
      expect((await h.as(ADMIN, UPDATE, variables)).data).toEqual({ updateGroup: { success: true } });
    });

    it('removes the group when ASM is turned off', async () => {
      await h.as(OWNER, ADD, { ...valid, name: 'shortlived' });
      const answer = await h.as(STAFF, UPDATE, {
        name: 'shortlived', comments: 'Budget cut', reason: 'BUDGET', hasAsm: false, hasMachine: false, hasSquad: false, subscription: 'CONTINUOUS',
      });
      expect(answer.data).toEqual({ updateGroup: { success: true } });
      const [group] = await getGroups(['shortlived']);
      expect(group?.state).toMatchObject({ status: 'DELETED', justification: 'BUDGET', comments: 'Budget cut' });
    });
  });

  describe('updateGroupInfo', () => {
    it('changes the description, language and business data', async () => {
      const answer = await h.as(OWNER, INFO, { name: 'webshop', description: 'The new shop', language: 'EN', businessId: '900-1', businessName: 'Acme', sprintDuration: 3 });
      expect(answer.data).toEqual({ updateGroupInfo: { success: true } });
      const read = await h.as(OWNER, '{ group(groupName: "webshop") { description language businessId businessName sprintDuration } }');
      expect(read.data).toEqual({ group: { description: 'The new shop', language: 'EN', businessId: '900-1', businessName: 'Acme', sprintDuration: 3 } });
    });

    it.each([
      [{ sprintDuration: 11 }, 'Exception - Value must be between 1 (inclusive) and 10 (inclusive)'],
      [{ businessId: 'x'.repeat(61) }, 'Exception - Invalid field length in form'],
      [{ description: '=HYPERLINK()' }, 'Exception - Invalid characters'],
    ])('refuses %p', async (overrides, message) => {
      expect(messages(await h.as(OWNER, INFO, { name: 'webshop', description: 'ok', language: 'EN', ...overrides }))).toEqual([message]);
    });

    it('is for managers: a user of the group may not', async () => {
      await h.group(await h.organization('infoorg'), 'infogroup', { [MEMBER]: 'user', [OWNER]: 'user_manager' });
      expect(messages(await h.as(MEMBER, INFO, { name: 'infogroup', description: 'mine', language: 'EN' }))).toEqual(['Access denied']);
      expect((await h.as(OWNER, INFO, { name: 'infogroup', description: 'ours', language: 'EN' })).data).toEqual({ updateGroupInfo: { success: true } });
    });
  });

  describe('updateGroupPolicies', () => {
    it('falls back to the organization\'s policies field by field, and keeps the group\'s own history', async () => {
      const query = '{ group(groupName: "webshop") { policies { maxAcceptanceDays maxAcceptanceSeverity minAcceptanceSeverity source } historicPolicies { maxAcceptanceDays } } }';
      expect((await h.as(OWNER, query)).data).toEqual({
        group: { policies: { maxAcceptanceDays: null, maxAcceptanceSeverity: 10, minAcceptanceSeverity: 0, source: 'ORGANIZATION' }, historicPolicies: [] },
      });
      expect((await h.as(OWNER, GROUP_POLICIES, { name: 'webshop', maxAcceptanceDays: 15 })).data).toEqual({ updateGroupPolicies: { success: true } });
      expect((await h.as(OWNER, GROUP_POLICIES, { name: 'webshop', maxAcceptanceSeverity: 7.25 })).data).toEqual({ updateGroupPolicies: { success: true } });
      expect((await h.as(OWNER, query)).data).toEqual({
        group: {
          policies: { maxAcceptanceDays: 15, maxAcceptanceSeverity: 7.3, minAcceptanceSeverity: 0, source: 'GROUP' },
          historicPolicies: [{ maxAcceptanceDays: 15 }, { maxAcceptanceDays: 15 }],
        },
      });
    });

    it.each([
      [{ maxAcceptanceDays: -1 }, 'Exception - Acceptance days should be a positive integer'],
      [{ minAcceptanceSeverity: 8 }, 'Exception - Min acceptance severity value should not be higher than the max value'],
      [{ vulnerabilityGracePeriod: -3 }, 'Exception - Vulnerability grace period value should be a positive integer'],
    ])('refuses %p', async (values, message) => {
      expect(messages(await h.as(OWNER, GROUP_POLICIES, { name: 'webshop', ...values }))).toEqual([message]);
    });

    it('is for managers: a user of the group may not', async () => {
      expect(messages(await h.as(MEMBER, GROUP_POLICIES, { name: 'infogroup', maxAcceptanceDays: 3 }))).toEqual(['Access denied']);
    });
  });

  describe('tags', () => {
    it('adds and removes portfolio tags', async () => {
      expect((await h.as(OWNER, ADD_TAGS, { name: 'webshop', tags: ['front-end', 'pci2024'] })).data).toEqual({
        addGroupTags: { success: true, group: { tags: ['front-end', 'pci2024'] } },
      });
      expect((await h.as(OWNER, REMOVE_TAG, { name: 'webshop', tag: 'front-end' })).data).toEqual({
        removeGroupTag: { success: true, group: { tags: ['pci2024'] } },
      });
    });

    it.each([
      [['pci2024'], 'Exception - One or more values already exist'],
      [['new', 'new'], 'Exception - One or more values already exist'],
      [['Front End'], 'Exception - Invalid characters in tags'],
      [[], 'Exception - Invalid characters in tags'],
    ])('refuses %p', async (tags, message) => {
      expect(messages(await h.as(OWNER, ADD_TAGS, { name: 'webshop', tags }))).toEqual([message]);
    });

    it('refuses to remove a tag the group does not have, and tags are for members with the right role', async () => {
      expect(messages(await h.as(OWNER, REMOVE_TAG, { name: 'webshop', tag: 'nope' }))).toEqual(['Access denied or tag not found']);
      expect(messages(await h.as(STRANGER, ADD_TAGS, { name: 'webshop', tags: ['mine'] }))).toEqual(['Access denied']);
      expect(messages(await h.as(STRANGER, REMOVE_TAG, { name: 'webshop', tag: 'pci2024' }))).toEqual(['Access denied']);
    });
  });
});
