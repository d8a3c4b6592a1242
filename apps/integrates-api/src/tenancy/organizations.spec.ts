import { getOrganizationsByName } from '@integrates/db-model';
import { messages, startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const ADMIN = 'admin@fluidattacks.com';
const CUSTOMER = 'owner@customer.com';
const STAFF = 'manager@fluidattacks.com';
const MEMBER = 'member@customer.com';
const STRANGER = 'stranger@customer.com';

const ADD = 'mutation Add($name: String!, $country: String!) { addOrganization(name: $name, country: $country) { success organization { id name country userRole } } }';
const POLICIES = `mutation P($id: String!, $name: String!, $inactivityPeriod: Int, $maxAcceptanceDays: Int, $maxAcceptanceSeverity: Float,
  $maxNumberAcceptances: Int, $minAcceptanceSeverity: Float, $minBreakingSeverity: Float, $vulnerabilityGracePeriod: Int) {
  updateOrganizationPolicies(organizationId: $id, organizationName: $name, inactivityPeriod: $inactivityPeriod, maxAcceptanceDays: $maxAcceptanceDays,
    maxAcceptanceSeverity: $maxAcceptanceSeverity, maxNumberAcceptances: $maxNumberAcceptances, minAcceptanceSeverity: $minAcceptanceSeverity,
    minBreakingSeverity: $minBreakingSeverity, vulnerabilityGracePeriod: $vulnerabilityGracePeriod) { success } }`;
const READ_POLICIES = `query R($id: String!) { organization(organizationId: $id) { inactivityPeriod maxAcceptanceDays maxAcceptanceSeverity
  maxNumberAcceptances minAcceptanceSeverity minBreakingSeverity vulnerabilityGracePeriod historicPolicies { inactivityPeriod maxAcceptanceDays modifiedBy } } }`;

describe('organizations through HTTP', () => {
  let h: TenancyHarness;

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_organizations');
    await h.stakeholder(ADMIN, 'admin');
    await h.stakeholder(CUSTOMER, 'user');
    await h.stakeholder(STAFF, 'hacker');
    await h.stakeholder(MEMBER, 'user');
    await h.stakeholder(STRANGER, 'user');
  });
  afterAll(() => h.stop());

  describe('addOrganization', () => {
    it('creates it in lowercase; the customer creator becomes user_manager and finds it by name', async () => {
      const added = await h.as(CUSTOMER, ADD, { name: 'AcmeCorp', country: 'Colombia' });
      expect(added.errors).toBeUndefined();
      const organization = (added.data as { addOrganization: { organization: { id: string; name: string; country: string; userRole: string } } }).addOrganization.organization;
      expect(organization).toMatchObject({ name: 'acmecorp', country: 'Colombia', userRole: 'user_manager' });
      const byName = await h.as(CUSTOMER, '{ organizationId(organizationName: "ACMECORP") { id name } }');
      expect(byName.data).toEqual({ organizationId: { id: organization.id, name: 'acmecorp' } });
      const me = await h.as(CUSTOMER, '{ me { remember organizations { name userRole } } }');
      expect(me.data).toEqual({ me: { remember: false, organizations: [{ name: 'acmecorp', userRole: 'user_manager' }] } });
      expect((await getOrganizationsByName(['acmecorp']))[0]?.createdBy).toBe(CUSTOMER);
    });

    it('makes a Fluid Attacks creator its customer_manager', async () => {
      const added = await h.as(STAFF, ADD, { name: 'fluidorg', country: 'Colombia' });
      expect(added.data).toMatchObject({ addOrganization: { success: true, organization: { userRole: 'customer_manager' } } });
    });

    it.each([
      ['abc', 'Exception - Invalid field length in form'],
      ['abcdefghijklmnopqrstu', 'Exception - Invalid field length in form'],
      ['acme corp', 'Invalid name'],
      ['acme2024', 'Invalid name'],
      ['AcMeCoRp', 'Name taken'],
    ])('refuses the name %p: %s', async (name, message) => {
      const answer = await h.as(CUSTOMER, ADD, { name, country: 'Colombia' });
      expect(answer.data).toBeNull();
      expect(messages(answer)).toEqual([message]);
    });

    it('refuses a blank country', async () => {
      expect(messages(await h.as(CUSTOMER, ADD, { name: 'blankland', country: '  ' }))).toEqual(['Exception - Field cannot fill with blank characters']);
    });

    it('needs a signed-in stakeholder with a user-level role', async () => {
      expect(messages(await h.anonymous(ADD, { name: 'anonorg', country: 'Colombia' }))).toEqual(['Login required']);
      await h.stakeholder('roleless@customer.com', 'none');
      expect(messages(await h.as('roleless@customer.com', ADD, { name: 'rolelessorg', country: 'Colombia' }))).toEqual(['Access denied']);
    });
  });

  describe('updateOrganizationPolicies', () => {
    it('shows the defaults, sets what is given and keeps the previous policies in the history', async () => {
      const organization = await h.organization('policyorg', { [CUSTOMER]: 'user_manager', [MEMBER]: 'user' });
      const before = await h.as(MEMBER, READ_POLICIES, { id: organization.id });
      expect(before.data).toMatchObject({
        organization: { inactivityPeriod: 90, maxAcceptanceSeverity: 10, minAcceptanceSeverity: 0, maxAcceptanceDays: null, vulnerabilityGracePeriod: 0 },
      });
      const answer = await h.as(CUSTOMER, POLICIES, {
        id: organization.id,
        name: 'PolicyOrg',
        inactivityPeriod: 21,
        maxAcceptanceDays: 30,
        maxAcceptanceSeverity: 6.94,
        minAcceptanceSeverity: 1.5,
        maxNumberAcceptances: 2,
        minBreakingSeverity: 4,
        vulnerabilityGracePeriod: 5,
      });
      expect(answer.data).toEqual({ updateOrganizationPolicies: { success: true } });
      const after = await h.as(MEMBER, READ_POLICIES, { id: organization.id });
      const policies = (after.data as { organization: Record<string, unknown> }).organization;
      expect(policies).toMatchObject({
        inactivityPeriod: 21,
        maxAcceptanceDays: 30,
        maxAcceptanceSeverity: 6.9,
        minAcceptanceSeverity: 1.5,
        maxNumberAcceptances: 2,
        minBreakingSeverity: 4,
        vulnerabilityGracePeriod: 5,
      });
      const history = policies['historicPolicies'] as readonly { inactivityPeriod: number | null; modifiedBy: string }[];
      expect(history.map((entry) => entry.inactivityPeriod)).toEqual([90, 21]);
      expect(history.at(-1)?.modifiedBy).toBe(CUSTOMER);
    });

    it.each([
      [{ inactivityPeriod: 20 }, 'Exception - Inactivity period should be greater than the provided value'],
      [{ maxAcceptanceDays: -1 }, 'Exception - Acceptance days should be a positive integer'],
      [{ maxAcceptanceSeverity: 10.5 }, 'Exception - Severity value must be a positive floating number between 0.0 and 10.0'],
      [{ minAcceptanceSeverity: -0.1 }, 'Exception - Severity value must be a positive floating number between 0.0 and 10.0'],
      [{ maxNumberAcceptances: -2 }, 'Exception - Number of acceptances should be zero or positive'],
      [{ minBreakingSeverity: 11 }, 'Exception - Severity value must be between 0.0 and 10.0'],
      [{ vulnerabilityGracePeriod: -1 }, 'Exception - Vulnerability grace period value should be a positive integer'],
      [{ minAcceptanceSeverity: 8, maxAcceptanceSeverity: 7 }, 'Exception - Min acceptance severity value should not be higher than the max value'],
      [{ minAcceptanceSeverity: 9.5 }, 'Exception - Min acceptance severity value should not be higher than the max value'],
    ])('refuses %p', async (values, message) => {
      const answer = await h.as(CUSTOMER, POLICIES, { id: 'org-policyorg', name: 'policyorg', ...values });
      expect(messages(answer)).toEqual([message]);
    });

    it('refuses a name that is not the organization\'s', async () => {
      const answer = await h.as(CUSTOMER, POLICIES, { id: 'org-policyorg', name: 'otherorg', inactivityPeriod: 30 });
      expect(messages(answer)).toEqual(['Exception - Field organizationName is invalid']);
    });

    it('lets user managers and admins change them, not users or strangers', async () => {
      expect(messages(await h.as(MEMBER, POLICIES, { id: 'org-policyorg', name: 'policyorg', inactivityPeriod: 30 }))).toEqual(['Access denied']);
      expect(messages(await h.as(STRANGER, POLICIES, { id: 'org-policyorg', name: 'policyorg', inactivityPeriod: 30 }))).toEqual(['Access denied']);
      expect((await h.as(ADMIN, POLICIES, { id: 'org-policyorg', name: 'policyorg', inactivityPeriod: 45 })).data).toEqual({
        updateOrganizationPolicies: { success: true },
      });
      const read = await h.as(ADMIN, '{ organization(organizationId: "org-policyorg") { inactivityPeriod userRole } }');
      expect(read.data).toEqual({ organization: { inactivityPeriod: 45, userRole: 'admin' } });
    });
  });

  describe('reading', () => {
    it('answers "Access denied" for a missing organization and for a stranger alike', async () => {
      for (const query of ['{ organizationId(organizationName: "nosuchorg") { id } }', '{ organizationId(organizationName: "policyorg") { id } }']) {
        expect(messages(await h.as(STRANGER, query))).toEqual(['Access denied']);
      }
      expect(messages(await h.as(ADMIN, '{ organizationId(organizationName: "no#such") { id } }'))).toEqual(['Access denied']);
    });

    it('lists the groups a member reaches, and all of them for an admin', async () => {
      const organization = await h.organization('grouporg', { [MEMBER]: 'user' });
      await h.group(organization, 'alphagroup', { [MEMBER]: 'user' });
      await h.group(organization, 'betagroup');
      const query = '{ organization(organizationId: "org-grouporg") { groups { name } } }';
      expect((await h.as(MEMBER, query)).data).toEqual({ organization: { groups: [{ name: 'alphagroup' }] } });
      expect((await h.as(ADMIN, query)).data).toEqual({ organization: { groups: [{ name: 'alphagroup' }, { name: 'betagroup' }] } });
    });
  });
});
