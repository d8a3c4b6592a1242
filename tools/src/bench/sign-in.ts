import { addGroupAccess, addOrganizationAccess, createDataloaders, putStakeholder, type Stakeholder } from '@integrates/db-model';
import { addAccessToken } from '@integrates/domain';
import { collect } from '@integrates/multitasking';
import { groupName, HACKER, MANAGER, organizationId } from './dataset-records';

const DATE = '2025-01-01T00:00:00.000Z';
const WEEK_SECONDS = 7 * 24 * 60 * 60;

export interface BenchTokens {
  /** A customer's manager: reads, and triages (treatment updates). */
  readonly manager: string;
  /** A hacker of the security team: reports vulnerabilities (uploads). */
  readonly hacker: string;
}

const stakeholder = (email: string, firstName: string): Stakeholder => ({
  email,
  firstName,
  lastName: 'Bench',
  role: email === HACKER ? 'hacker' : 'user',
  enrolled: true,
  isRegistered: true,
  isConcurrentSession: false,
  legalRemember: true,
});

/** An API token issued by the domain, as `addAccessToken` issues it to a signed-in stakeholder. */
const tokenFor = (email: string, signingKey: Uint8Array): Promise<string> =>
  addAccessToken(
    { loaders: createDataloaders(), viewer: { email, via: 'session', credentialId: 'bench' }, signingKey },
    'bench',
    Math.floor(Date.now() / 1000) + WEEK_SECONDS,
  );

/**
 * The two stakeholders the operations run as, with access to the organization and every group (the
 * manager as `user_manager`, the hacker as `hacker`), and an API token each, signed with the API's key.
 */
export const signIn = async (groups: number, signingKey: Uint8Array): Promise<BenchTokens> => {
  const grants = [
    { email: MANAGER, organizationRole: 'user_manager', groupRole: 'user_manager' },
    { email: HACKER, organizationRole: 'user', groupRole: 'hacker' },
  ] as const;
  await Promise.all(grants.map(({ email }) => putStakeholder(stakeholder(email, email === HACKER ? 'Hacker' : 'Manager'))));
  await collect(
    grants.flatMap(({ email, organizationRole, groupRole }) => {
      const state = (role: string) => ({ hasAccess: true, role, modifiedBy: HACKER, modifiedDate: DATE });
      return [
        () => addOrganizationAccess({ email, organizationId, state: state(organizationRole) }),
        ...Array.from({ length: groups }, (_, group) => () => addGroupAccess({ email, groupName: groupName(group), state: state(groupRole) })),
      ];
    }),
    { workers: 8 },
  );
  return { manager: await tokenFor(MANAGER, signingKey), hacker: await tokenFor(HACKER, signingKey) };
};
