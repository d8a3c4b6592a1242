import { addRoot } from '@integrates/db-model';
import { startTenancyHarness, type TenancyHarness } from './tenancy-harness';

const DATE = '2026-01-01T00:00:00.000Z';
const FEW = 'few@customer.com';
const MANY = 'many@customer.com';

const MINE = '{ me { groups { name userRole permissions serviceAttributes tags } organizations { name userRole groups { name } } } }';
const members = (count: number, prefix: string): Record<string, string> =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [`${prefix}${index}@customer.com`, 'user']));

/**
 * Lists cost a fixed number of store requests however long they are: the loaders batch the reads of
 * a request and prime what lists return (no request per item).
 */
describe('store requests per query do not grow with the lists', () => {
  let h: TenancyHarness;

  beforeAll(async () => {
    h = await startTenancyHarness('integrates_tenancy_store_calls', { EXPOSE_STORE_CALLS: 'true' });
    await h.stakeholder(FEW, 'user');
    await h.stakeholder(MANY, 'user');
    const organization = await h.organization('countorg', { [FEW]: 'user_manager', [MANY]: 'user_manager' });
    for (let index = 0; index < 12; index += 1) {
      const name = `countgroup${String(index).padStart(2, '0')}`;
      const group = index < 2 ? { [FEW]: 'user_manager', [MANY]: 'user_manager', ...members(2, `m${index}x`) } : { [MANY]: 'user_manager', ...members(15, `m${index}x`) };
      await h.group(organization, name, group);
      for (let root = 0; root < (index < 2 ? 1 : 10); root += 1) {
        await addRoot({
          id: `${name}-root-${root}`,
          groupName: name,
          organizationName: 'countorg',
          type: 'IP',
          createdBy: FEW,
          createdDate: DATE,
          state: { status: 'ACTIVE', nickname: `ip${root}`, address: `10.${index}.0.${root}`, modifiedBy: FEW, modifiedDate: DATE },
        });
      }
    }
  });
  afterAll(() => h.stop());

  it('me with its groups and organizations: 2 groups cost what 12 do', async () => {
    const few = await h.counted(FEW, MINE);
    const many = await h.counted(MANY, MINE);
    expect(few.answer.errors).toBeUndefined();
    expect((many.answer.data as { me: { groups: unknown[] } }).me.groups).toHaveLength(12);
    expect(many.storeCalls).toBe(few.storeCalls);
    expect(many.storeCalls).toBeLessThanOrEqual(12);
  });

  it('a group\'s stakeholders and roots: 4 members and 1 root cost what 16 and 10 do', async () => {
    const query = (name: string) => `{ group(groupName: "${name}") { stakeholders { email role invitationState } roots { nickname state } } }`;
    const few = await h.counted(FEW, query('countgroup00'));
    const many = await h.counted(MANY, query('countgroup05'));
    expect((few.answer.data as { group: { stakeholders: unknown[] } }).group.stakeholders).toHaveLength(4);
    expect((many.answer.data as { group: { stakeholders: unknown[]; roots: unknown[] } }).group.roots).toHaveLength(10);
    expect(many.storeCalls).toBe(few.storeCalls);
  });
});
