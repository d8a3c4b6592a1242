import { boolean, Entity, item, list, map, number, string } from 'dynamodb-toolbox';
import { defineHistoricFacet } from '../history/historic-facet';
import { defineFacet } from '../model/facet';
import { keyPart } from '../model/keys';
import { table } from '../table/table';
import type { Stakeholder, StakeholderState } from './types';

export const stakeholderKey = (email: string) => {
  const part = keyPart('email', email.toLowerCase());
  return { pk: `USER#${part}`, sk: `USER#${part}` } as const;
};

const stateAttributes = {
  notifications_preferences: map({ email: list(string()), min_severity: number().optional() }).optional(),
  modified_by: string(),
  modified_date: string(),
};

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
  access_tokens: list(
    map({
      id: string(),
      name: string(),
      issued_at: number(),
      expires_at: number(),
      jti_hashed: string(),
      salt: string(),
      last_use: string().optional(),
    }),
  ).optional(),
  access_tokens_revision: number().optional(),
  session_token: map({ jti: string(), state: string().enum('IS_VALID', 'REVOKED'), issued_at: string().optional() }).optional(),
  state: map(stateAttributes).optional(),
});

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

/** stakeholder_metadata: pk `USER#email`, sk `USER#email`; gsi_2 `USER#all` / `USER#email` lists every user. */
export const stakeholderFacet = defineFacet<Stakeholder>({
  name: 'stakeholder_metadata',
  entity: StakeholderEntity,
  keyTemplate: { pk: 'USER#email', sk: 'USER#email' },
  indexTemplates: { gsi_2: { pk: 'USER#all', sk: 'USER#email' } },
});

export const stakeholderHistoricState = defineHistoricFacet<StakeholderState>({
  name: 'stakeholder_historic_state',
  prefix: 'STATE',
  historyKey: 'USER#email',
  attributes: stateAttributes,
});
