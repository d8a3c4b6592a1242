import { addGroupAccess, getStakeholders } from '@integrates/db-model';
import { createInvitationToken } from '@integrates/sessions';
import { signingKeyOf } from '../testing/graphql-requests';
import { messages, startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const MANAGER = 'manager@customer.com';
const KNOWN = 'known@customer.com';

const GRANT = `mutation G($email: String!, $role: StakeholderRole!) {
  grantStakeholderAccess(groupName: "invitegroup", email: $email, role: $role, responsibility: "Tester") { success } }`;
const GRANT_ORG = `mutation G($email: String!, $role: OrganizationRole!) {
  grantStakeholderOrganizationAccess(organizationId: "org-inviteorg", userEmail: $email, role: $role) { success } }`;
const MEMBER_STATE = `query S($email: String!) { stakeholder(entity: GROUP, groupName: "invitegroup", userEmail: $email) { role invitationState } }`;

describe('invitations end to end: grant, then the link', () => {
  let h: TenancyHarness;

  const tokenFor = async (email: string, entity: 'group' | 'organization' = 'group'): Promise<string> => {
    const access = entity === 'group' ? await h.groupAccess(email, 'invitegroup') : await h.organizationAccess(email, 'org-inviteorg');
    const token = access?.state.invitation?.urlToken;
    if (!token) throw new Error(`no invitation for ${email}`);
    return token;
  };
  const expectPage = (page: { status: number; type: string; text: string }, status: number, title: string): void => {
    expect(page.status).toBe(status);
    expect(page.type).toMatch(/^text\/html/);
    expect(page.text).toContain(`<h1>${title}</h1>`);
    expect(page.text).not.toMatch(/Error|\bat .*\.ts/);
  };

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_invitations');
    await h.stakeholder(MANAGER, 'user');
    await h.stakeholder(KNOWN, 'user');
    const organization = await h.organization('inviteorg', { [MANAGER]: 'user_manager' });
    await h.group(organization, 'invitegroup', { [MANAGER]: 'user_manager' });
  });
  afterAll(() => h.stop());

  it('an unknown invitee confirms through the link: UNREGISTERED until they sign in, then REGISTERED with the role', async () => {
    const email = 'newcomer@newcorp.com';
    expect((await h.as(MANAGER, GRANT, { email, role: 'USER' })).data).toEqual({ grantStakeholderAccess: { success: true } });
    expect((await h.as(MANAGER, MEMBER_STATE, { email })).data).toEqual({ stakeholder: { role: 'user', invitationState: 'PENDING' } });

    const page = await h.get(`/confirm_access/${await tokenFor(email)}`);
    expectPage(page, 200, 'Access granted');
    expect(page.text).toContain('invitegroup');

    expect((await h.groupAccess(email, 'invitegroup'))?.state).toMatchObject({ hasAccess: true, role: 'user', invitation: { isUsed: true } });
    expect((await h.organizationAccess(email, 'org-inviteorg'))?.state).toMatchObject({ hasAccess: true, role: 'user' });
    expect((await h.as(MANAGER, MEMBER_STATE, { email })).data).toEqual({ stakeholder: { role: 'user', invitationState: 'UNREGISTERED' } });
    expect((await getStakeholders([email]))[0]).toMatchObject({ enrolled: true, isRegistered: false, role: 'user' });

    // Their first sign-in registers them; they reach the group with the invited role.
    const mine = await h.as(email, '{ me { groups { name userRole } organizations { name userRole } } }');
    expect(mine.data).toEqual({ me: { groups: [{ name: 'invitegroup', userRole: 'user' }], organizations: [{ name: 'inviteorg', userRole: 'user' }] } });
    expect((await h.as(MANAGER, MEMBER_STATE, { email })).data).toEqual({ stakeholder: { role: 'user', invitationState: 'REGISTERED' } });
  });

  it('a used link says so (409) and changes nothing', async () => {
    const page = await h.get(`/confirm_access/${await tokenFor('newcomer@newcorp.com')}`);
    expectPage(page, 409, 'Invitation already used');
    expectPage(await h.get(`/reject_access/${await tokenFor('newcomer@newcorp.com')}`), 409, 'Invitation already used');
    expect((await h.groupAccess('newcomer@newcorp.com', 'invitegroup'))?.state.hasAccess).toBe(true);
  });

  it('a registered invitee who rejects loses the pending access; the link then no longer works', async () => {
    expect((await h.as(MANAGER, GRANT, { email: KNOWN, role: 'VULNERABILITY_MANAGER' })).data).toEqual({ grantStakeholderAccess: { success: true } });
    const token = await tokenFor(KNOWN);
    const page = await h.get(`/reject_access/${token}`);
    expectPage(page, 200, 'Invitation declined');
    expect(await h.groupAccess(KNOWN, 'invitegroup')).toBeUndefined();
    expect(messages(await h.as(KNOWN, '{ group(groupName: "invitegroup") { name } }'))).toEqual(['Access denied']);
    expectPage(await h.get(`/confirm_access/${token}`), 410, 'Invitation no longer valid');
  });

  it('a registered invitee who confirms is REGISTERED at once', async () => {
    await h.stakeholder('veteran@customer.com', 'user');
    await h.as(MANAGER, GRANT, { email: 'veteran@customer.com', role: 'USER_MANAGER' });
    expectPage(await h.get(`/confirm_access/${await tokenFor('veteran@customer.com')}`), 200, 'Access granted');
    expect((await h.as(MANAGER, MEMBER_STATE, { email: 'veteran@customer.com' })).data).toEqual({
      stakeholder: { role: 'user_manager', invitationState: 'REGISTERED' },
    });
  });

  it('an expired link gets 410 and the access stays pending', async () => {
    const email = 'late@customer.com';
    const eightDaysAgo = Date.now() - 8 * 24 * 60 * 60 * 1000;
    const { token, exp } = await createInvitationToken({ email, entity: 'group', target: 'invitegroup' }, signingKeyOf(h.server), eightDaysAgo);
    await addGroupAccess({
      email,
      groupName: 'invitegroup',
      state: {
        hasAccess: false,
        invitation: { isUsed: false, role: 'user', urlToken: token },
        expirationTime: exp,
        modifiedBy: MANAGER,
        modifiedDate: new Date(eightDaysAgo).toISOString(),
      },
    });
    expectPage(await h.get(`/confirm_access/${token}`), 410, 'Invitation expired');
    expectPage(await h.get(`/reject_access/${token}`), 410, 'Invitation expired');
    expect((await h.groupAccess(email, 'invitegroup'))?.state.hasAccess).toBe(false);
  });

  it('a tampered, foreign or malformed link gets 400', async () => {
    await h.as(MANAGER, GRANT, { email: 'target@customer.com', role: 'USER' });
    const token = await tokenFor('target@customer.com');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')), sub: 'attacker@evil.com' }),
    ).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    for (const bad of [`${header}.${forgedPayload}.${signature}`, `${header}.${payload}.${flipped}`, 'not-a-token', 'a.b.c']) {
      expectPage(await h.get(`/confirm_access/${bad}`), 400, 'Invalid invitation link');
    }
    // A group invitation is not an organization one.
    expectPage(await h.get(`/confirm_access_organization/${token}`), 400, 'Invalid invitation link');
    expect((await h.groupAccess('target@customer.com', 'invitegroup'))?.state.hasAccess).toBe(false);
    expect(await h.groupAccess('attacker@evil.com', 'invitegroup')).toBeUndefined();
  });

  it('a link replaced by a newer invitation is refused (410)', async () => {
    const email = 'twice@customer.com';
    const key = signingKeyOf(h.server);
    const old = await createInvitationToken({ email, entity: 'group', target: 'invitegroup' }, key);
    const current = await createInvitationToken({ email, entity: 'group', target: 'invitegroup' }, key);
    await addGroupAccess({
      email,
      groupName: 'invitegroup',
      state: { hasAccess: false, invitation: { isUsed: false, role: 'user', urlToken: current.token }, modifiedBy: MANAGER, modifiedDate: new Date().toISOString() },
    });
    expectPage(await h.get(`/confirm_access/${old.token}`), 410, 'Invitation no longer valid');
    expectPage(await h.get(`/confirm_access/${current.token}`), 200, 'Access granted');
  });

  it('organization invitations: confirm gives the role, reject removes the pending access', async () => {
    await h.stakeholder('orgjoiner@customer.com', 'user');
    expect((await h.as(MANAGER, GRANT_ORG, { email: 'orgjoiner@customer.com', role: 'USER_MANAGER' })).data).toEqual({
      grantStakeholderOrganizationAccess: { success: true },
    });
    const page = await h.get(`/confirm_access_organization/${await tokenFor('orgjoiner@customer.com', 'organization')}`);
    expectPage(page, 200, 'Access granted');
    expect((await h.as('orgjoiner@customer.com', '{ organization(organizationId: "org-inviteorg") { userRole } }')).data).toEqual({
      organization: { userRole: 'user_manager' },
    });

    await h.as(MANAGER, GRANT_ORG, { email: 'orgdecliner@customer.com', role: 'USER' });
    const token = await tokenFor('orgdecliner@customer.com', 'organization');
    expectPage(await h.get(`/confirm_access/${token}`), 400, 'Invalid invitation link');
    expectPage(await h.get(`/reject_access_organization/${token}`), 200, 'Invitation declined');
    expect(await h.organizationAccess('orgdecliner@customer.com', 'org-inviteorg')).toBeUndefined();
  });

  it('keeps the token out of caches and referrers', async () => {
    const response = await fetch(`${h.server.url}/confirm_access/not.a.token`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
