import { boolean, Entity, item, string } from 'dynamodb-toolbox';
import { table } from '../table/table';

export const stakeholderKey = (email: string) => ({ pk: `USER#${email}`, sk: `USER#${email}` }) as const;

const attributes = item({
  email: string().key(),
  first_name: string().optional(),
  last_name: string().optional(),
  role: string().optional(),
  enrolled: boolean().default(false),
  is_registered: boolean().default(false),
  is_concurrent_session: boolean().default(false),
  legal_remember: boolean().default(false),
  registration_date: string().optional(),
  last_login_date: string().optional(),
});

/** stakeholder_metadata: pk `USER#email`, sk `USER#email`; gsi_2 `USER#all` / `USER#email` lists every user. */
export const StakeholderEntity = new Entity({
  name: 'stakeholder_metadata',
  table,
  timestamps: false,
  schema: attributes.and({
    pk_2: string()
      .link<typeof attributes>(() => 'USER#all')
      .hidden(),
    sk_2: string()
      .link<typeof attributes>(({ email }) => `USER#${email}`)
      .hidden(),
  }),
  computeKey: ({ email }) => stakeholderKey(email),
});
