import { getStakeholders } from '@integrates/db-model';
import { messages, startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const ADMIN = 'admin@fluidattacks.com';
const MANAGER = 'manager@customer.com';
const STAFF = 'cm@fluidattacks.com';
const MEMBER = 'member@customer.com';
const HACKER = 'hacker@fluidattacks.com';
const PLAIN = 'plain@customer.com';

const GRANT = `mutation G($group: String!, $email: String!, $role: StakeholderRole!, $responsibility: String) {
  grantStakeholderAccess(groupName: $group, email: $email, role: $role, responsibility: $responsibility) {
    success grantedStakeholder { email role responsibility invitationState } } }`;
const UPDATE = `mutation U($group: String!, $email: String!, $role: StakeholderRole!, $responsibility: String!) {
  updateGroupStakeholder(groupName: $group, email: $email, role: $role, responsibility: $responsibility) {
    success modifiedStakeholder { email role responsibility invitationState } } }`;
const REMOVE = 'mutation R($group: String!, $email: String!) { removeStakeholderAccess(groupName: $group, userEmail: $email) { success removedEmail } }';
const GRANT_ORG = `mutation G($id: String!, $email: String!, $role: OrganizationRole!) {
  grantStakeholderOrganizationAccess(organizationId: $id, userEmail: $email, role: $role) { success grantedStakeholder { email role invitationState } } }`;
const UPDATE_ORG = `mutation U($id: String!, $email: String!, $role: OrganizationRole!) {
  updateOrganizationStakeholder(organizationId: $id, userEmail: $email, role: $role) { success modifiedStakeholder { email role } } }`;
const REMOVE_ORG = 'mutation R($id: String!, $email: String!) { removeStakeholderOrganizationAccess(organizationId: $id, userEmail: $email) { success } }';
const STAKEHOLDER = `query S($entity: StakeholderEntity!, $group: String, $org: String, $email: String!) {
  stakeholder(entity: $entity, groupName: $group, organizationId: $org, userEmail: $email) {
    email role responsibility invitationState firstLogin lastLogin historicAccess { hasAccess role invitedRole invitationUsed modifiedBy } } }`;

describe('group and organization access through HTTP', () => {
  let h: TenancyHarness;

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_access');
    await h.stakeholder(ADMIN, 'admin');
    await h.stakeholder(MANAGER, 'user');
    await h.stakeholder(STAFF, 'hacker');
    await h.stakeholder(MEMBER, 'user');
    await h.stakeholder(HACKER, 'hacker');
    await h.stakeholder(PLAIN, 'user');
    const organization = await h.organization('accessorg', { [MANAGER]: 'user_manager', [MEMBER]: 'user', [STAFF]: 'customer_manager' });
    // A white-box group: drills roles are for Fluid Attacks staff only.
    await h.group(organization, 'accessgroup', { [MANAGER]: 'user_manager', [MEMBER]: 'user', [STAFF]: 'customer_manager', [PLAIN]: 'user' });
  });
  afterAll(() => h.stop());

  describe('grantStakeholderAccess', () => {
    it('invites an unknown email: a pending access, and a stakeholder record that is not registered', async () => {
      const answer = await h.as(MANAGER, GRANT, { group: 'accessgroup', email: ' New.Person@Customer.com ', role: 'USER', responsibility: 'Product Owner' });
      expect(answer.data).toEqual({
        grantStakeholderAccess: {
          success: true,
          grantedStakeholder: { email: 'new.person@customer.com', role: 'user', responsibility: 'Product Owner', invitationState: 'PENDING' },
        },
      });
      const access = await h.groupAccess('new.person@customer.com', 'accessgroup');
      expect(access?.state).toMatchObject({ hasAccess: false, invitation: { isUsed: false, role: 'user', responsibility: 'Product Owner' } });
      expect(access?.state.invitation?.urlToken.split('.')).toHaveLength(3);
      expect(access?.state.expirationTime).toBeGreaterThan(Date.now() / 1000 + 6 * 24 * 3600);
      const [stakeholder] = await getStakeholders(['new.person@customer.com']);
      expect(stakeholder).toMatchObject({ isRegistered: false, enrolled: false, role: 'user' });
      const listed = await h.as(MANAGER, '{ group(groupName: "accessgroup") { stakeholders { email role invitationState } } }');
      expect((listed.data as { group: { stakeholders: unknown[] } }).group.stakeholders).toContainEqual({
        email: 'new.person@customer.com',
        role: 'user',
        invitationState: 'PENDING',
      });
    });

    it('refuses a second invitation within a minute, and anyone who already has access', async () => {
      expect(messages(await h.as(MANAGER, GRANT, { group: 'accessgroup', email: 'new.person@customer.com', role: 'USER' }))).toEqual([
        'Exception - The previous invitation to this user was requested less than a minute ago',
      ]);
      expect(messages(await h.as(MANAGER, GRANT, { group: 'accessgroup', email: MEMBER, role: 'USER' }))).toEqual([
        'Exception - The stakeholder has been granted access to the group previously',
      ]);
    });

    it.each([
      [{ email: 'not-an-email' }, 'Exception - Invalid email address in form'],
      [{ email: 'alias+x@customer.com' }, 'Exception - Invalid email address in form'],
      [{ responsibility: 'x'.repeat(51) }, 'Exception - Invalid field length in form'],
      [{ responsibility: 'Owner; DROP' }, 'Exception - Invalid field in form'],
      [{ role: 'HACKER' }, 'Exception - Invalid role or not enough permissions to grant role: hacker'],
      [{ role: 'CUSTOMER_MANAGER' }, 'Exception - Invalid role or not enough permissions to grant role: customer_manager'],
    ])('a user manager gets %p refused: %s', async (overrides, message) => {
      const variables = { group: 'accessgroup', email: 'another@customer.com', role: 'USER', ...overrides };
      expect(messages(await h.as(MANAGER, GRANT, variables))).toEqual([message]);
    });

    it('applies the Fluid Attacks staff rules to what a customer manager grants', async () => {
      expect(messages(await h.as(STAFF, GRANT, { group: 'accessgroup', email: 'dev@customer.com', role: 'HACKER' }))).toEqual([
        'Exception - Groups with any active Fluid Attacks service can only have Hackers provided by Fluid Attacks',
      ]);
      expect(messages(await h.as(STAFF, GRANT, { group: 'accessgroup', email: 'dev@customer.com', role: 'CUSTOMER_MANAGER' }))).toEqual([
        'Exception - This role can only be granted to Fluid Attacks users',
      ]);
      expect((await h.as(STAFF, GRANT, { group: 'accessgroup', email: 'pentester@fluidattacks.com', role: 'HACKER' })).data).toMatchObject({
        grantStakeholderAccess: { grantedStakeholder: { role: 'hacker', invitationState: 'PENDING' } },
      });
    });

    it('is for access managers: users of the group and strangers are refused, admins are not', async () => {
      expect(messages(await h.as(MEMBER, GRANT, { group: 'accessgroup', email: 'friend@customer.com', role: 'USER' }))).toEqual(['Access denied']);
      expect(messages(await h.as(HACKER, GRANT, { group: 'accessgroup', email: 'friend@customer.com', role: 'USER' }))).toEqual(['Access denied']);
      expect((await h.as(ADMIN, GRANT, { group: 'accessgroup', email: 'architect@fluidattacks.com', role: 'ARCHITECT' })).data).toMatchObject({
        grantStakeholderAccess: { success: true },
      });
    });
  });

  describe('updateGroupStakeholder and removeStakeholderAccess', () => {
    it('changes a member\'s role and responsibility, with the history', async () => {
      const answer = await h.as(MANAGER, UPDATE, { group: 'accessgroup', email: MEMBER, role: 'VULNERABILITY_MANAGER', responsibility: 'Developer' });
      expect(answer.data).toEqual({
        updateGroupStakeholder: {
          success: true,
          modifiedStakeholder: { email: MEMBER, role: 'vulnerability_manager', responsibility: 'Developer', invitationState: 'REGISTERED' },
        },
      });
      const read = await h.as(MANAGER, STAKEHOLDER, { entity: 'GROUP', group: 'accessgroup', email: MEMBER });
      const stakeholder = (read.data as { stakeholder: { historicAccess: { role: string; modifiedBy: string }[] } }).stakeholder;
      expect(stakeholder).toMatchObject({ email: MEMBER, role: 'vulnerability_manager', invitationState: 'REGISTERED' });
      expect(stakeholder.historicAccess.map((entry) => [entry.role, entry.modifiedBy])).toEqual([
        ['user', ADMIN],
        ['vulnerability_manager', MANAGER],
      ]);
    });

    it('changes what a pending invitation will give', async () => {
      const answer = await h.as(MANAGER, UPDATE, { group: 'accessgroup', email: 'new.person@customer.com', role: 'USER_MANAGER', responsibility: 'Lead' });
      expect(answer.data).toMatchObject({ updateGroupStakeholder: { modifiedStakeholder: { role: 'user_manager', invitationState: 'PENDING' } } });
      expect((await h.groupAccess('new.person@customer.com', 'accessgroup'))?.state).toMatchObject({
        hasAccess: false,
        invitation: { role: 'user_manager', responsibility: 'Lead', isUsed: false },
      });
    });

    it('refuses roles out of reach, someone who is not a member, and roles the caller could not grant', async () => {
      expect(messages(await h.as(MANAGER, UPDATE, { group: 'accessgroup', email: MEMBER, role: 'REVIEWER', responsibility: 'x' }))).toEqual([
        'Exception - Invalid role or not enough permissions to grant role: reviewer',
      ]);
      expect(messages(await h.as(MANAGER, UPDATE, { group: 'accessgroup', email: 'ghost@customer.com', role: 'USER', responsibility: 'x' }))).toEqual([
        'Exception - Stakeholder is not a member of the group',
      ]);
      // A user manager cannot demote (or remove) the customer manager.
      expect(messages(await h.as(MANAGER, UPDATE, { group: 'accessgroup', email: STAFF, role: 'USER', responsibility: 'x' }))).toEqual([
        'Exception - Invalid role or not enough permissions to grant role: customer_manager',
      ]);
      expect(messages(await h.as(MANAGER, REMOVE, { group: 'accessgroup', email: STAFF }))).toEqual([
        'Exception - Invalid role or not enough permissions to grant role: customer_manager',
      ]);
      expect(messages(await h.as(MEMBER, UPDATE, { group: 'accessgroup', email: MANAGER, role: 'USER', responsibility: 'x' }))).toEqual(['Access denied']);
    });

    it('removes a member (the history stays) and refuses someone who is not one', async () => {
      await h.group(await h.organization('removeorg'), 'removegroup', { [MANAGER]: 'user_manager', [MEMBER]: 'user' });
      expect(messages(await h.as(MEMBER, REMOVE, { group: 'removegroup', email: MANAGER }))).toEqual(['Access denied']);
      expect((await h.as(MANAGER, REMOVE, { group: 'removegroup', email: MEMBER })).data).toEqual({
        removeStakeholderAccess: { success: true, removedEmail: MEMBER },
      });
      expect(await h.groupAccess(MEMBER, 'removegroup')).toBeUndefined();
      expect(messages(await h.as(MEMBER, '{ group(groupName: "removegroup") { name } }'))).toEqual(['Access denied']);
      expect(messages(await h.as(MANAGER, REMOVE, { group: 'removegroup', email: MEMBER }))).toEqual(['Exception - Stakeholder is not a member of the group']);
    });
  });

  describe('organization access', () => {
    it('invites, changes the invited role and shows the invitee to managers only', async () => {
      const granted = await h.as(MANAGER, GRANT_ORG, { id: 'org-accessorg', email: 'orgnew@customer.com', role: 'USER' });
      expect(granted.data).toEqual({
        grantStakeholderOrganizationAccess: { success: true, grantedStakeholder: { email: 'orgnew@customer.com', role: 'user', invitationState: 'PENDING' } },
      });
      expect((await h.as(MANAGER, UPDATE_ORG, { id: 'org-accessorg', email: 'orgnew@customer.com', role: 'USER_MANAGER' })).data).toEqual({
        updateOrganizationStakeholder: { success: true, modifiedStakeholder: { email: 'orgnew@customer.com', role: 'user_manager' } },
      });
      const listing = '{ organization(organizationId: "org-accessorg") { stakeholders { email role invitationState } } }';
      const stakeholders = (await h.as(MANAGER, listing)).data as { organization: { stakeholders: unknown[] } };
      expect(stakeholders.organization.stakeholders).toContainEqual({ email: 'orgnew@customer.com', role: 'user_manager', invitationState: 'PENDING' });
      expect(messages(await h.as(MEMBER, listing))).toEqual(['Access denied']);
      expect(messages(await h.as(MEMBER, STAKEHOLDER, { entity: 'ORGANIZATION', org: 'org-accessorg', email: MANAGER }))).toEqual(['Access denied']);
    });

    it.each([
      [{ email: MEMBER }, 'Exception - The stakeholder has been granted access to the organization previously'],
      [{ role: 'CUSTOMER_MANAGER', email: 'x@customer.com' }, 'Exception - Invalid role or not enough permissions to grant role: customer_manager'],
      [{ email: 'bad email' }, 'Exception - Invalid email address in form'],
    ])('refuses %p', async (overrides, message) => {
      expect(messages(await h.as(MANAGER, GRANT_ORG, { id: 'org-accessorg', role: 'USER', ...overrides }))).toEqual([message]);
    });

    it('refuses a user of the organization, and lets an admin grant what a user manager may not', async () => {
      expect(messages(await h.as(MEMBER, GRANT_ORG, { id: 'org-accessorg', email: 'y@customer.com', role: 'USER' }))).toEqual(['Access denied']);
      expect(messages(await h.as(MEMBER, UPDATE_ORG, { id: 'org-accessorg', email: MANAGER, role: 'USER' }))).toEqual(['Access denied']);
      expect(messages(await h.as(MEMBER, REMOVE_ORG, { id: 'org-accessorg', email: MANAGER }))).toEqual(['Access denied']);
      expect(messages(await h.as(MANAGER, UPDATE_ORG, { id: 'org-accessorg', email: 'ghost@customer.com', role: 'USER' }))).toEqual([
        'Exception - Stakeholder is not a member of the organization',
      ]);
      expect((await h.as(ADMIN, GRANT_ORG, { id: 'org-accessorg', email: 'boss@fluidattacks.com', role: 'CUSTOMER_MANAGER' })).data).toMatchObject({
        grantStakeholderOrganizationAccess: { success: true },
      });
    });

    it('removing someone from the organization also takes them out of its groups', async () => {
      const organization = await h.organization('leaveorg', { [MANAGER]: 'user_manager', [MEMBER]: 'user' });
      await h.group(organization, 'leavegroup', { [MEMBER]: 'user' });
      expect(messages(await h.as(MANAGER, REMOVE_ORG, { id: organization.id, email: 'ghost@customer.com' }))).toEqual([
        'Exception - Stakeholder is not a member of the organization',
      ]);
      expect((await h.as(MANAGER, REMOVE_ORG, { id: organization.id, email: MEMBER })).data).toEqual({ removeStakeholderOrganizationAccess: { success: true } });
      expect(await h.organizationAccess(MEMBER, organization.id)).toBeUndefined();
      expect(await h.groupAccess(MEMBER, 'leavegroup')).toBeUndefined();
    });
  });

  describe('the stakeholder query', () => {
    it('shows a member with their logins; a non-member or a hidden one is not found', async () => {
      const read = await h.as(MANAGER, STAKEHOLDER, { entity: 'GROUP', group: 'accessgroup', email: MANAGER });
      expect(read.data).toMatchObject({ stakeholder: { email: MANAGER, role: 'user_manager', invitationState: 'REGISTERED' } });
      expect((read.data as { stakeholder: { lastLogin: string | null } }).stakeholder.lastLogin).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      for (const email of ['ghost@customer.com', STAFF]) {
        expect(messages(await h.as(MANAGER, STAKEHOLDER, { entity: 'GROUP', group: 'accessgroup', email }))).toEqual([
          'Access denied or stakeholder not found',
        ]);
      }
      expect((await h.as(STAFF, STAKEHOLDER, { entity: 'GROUP', group: 'accessgroup', email: STAFF })).data).toMatchObject({
        stakeholder: { role: 'customer_manager' },
      });
      expect(messages(await h.as(MANAGER, STAKEHOLDER, { entity: 'GROUP', email: MANAGER }))).toEqual(['Exception - Field groupName is invalid']);
      expect(messages(await h.as(PLAIN, STAKEHOLDER, { entity: 'GROUP', group: 'accessgroup', email: MANAGER }))).toEqual(['Access denied']);
      expect(messages(await h.as(HACKER, STAKEHOLDER, { entity: 'GROUP', group: 'accessgroup', email: MANAGER }))).toEqual(['Access denied']);
    });
  });
});
