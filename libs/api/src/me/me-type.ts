import { getAccessTokens, getMe, myUserPermissions, type AccessTokenView, type Me } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';

export const AccessTokenType = builder.objectRef<AccessTokenView>('AccessToken').implement({
  description: 'An API token of the signed-in stakeholder. The token itself is shown only once, when it is added.',
  extensions: INHERITED,
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    issuedAt: t.exposeInt('issuedAt', { description: 'Epoch seconds.' }),
    expiresAt: t.exposeInt('expiresAt', { description: 'Epoch seconds.' }),
    lastUse: t.string({ nullable: true, description: 'ISO date of the last request made with it.', resolve: (token) => token.lastUse ?? null }),
  }),
});

export const MeType = builder.objectRef<Me>('Me').implement({
  description: 'The signed-in stakeholder.',
  extensions: INHERITED,
  fields: (t) => ({
    userEmail: t.exposeString('userEmail'),
    userName: t.exposeString('userName'),
    role: t.exposeString('role', { description: 'The user-level role: admin, hacker or user.' }),
    remember: t.exposeBoolean('remember', { description: 'Whether the legal notice was accepted for good.' }),
    isConcurrentSession: t.exposeBoolean('isConcurrentSession', {
      description: 'A newer sign-in replaced an earlier session; cleared by acknowledgeConcurrentSession.',
    }),
    permissions: t.stringList({
      description: 'The user-level actions the stakeholder may perform.',
      ...guarded({ level: 'authenticated' }, (_me, _args, context) => myUserPermissions(context)),
    }),
    accessTokens: t.field({
      type: [AccessTokenType],
      ...guarded({ level: 'user', action: 'user.access_tokens.read' }, (_me, _args, context) => getAccessTokens(context)),
    }),
  }),
});

builder.queryField('me', (t) =>
  t.field({
    type: MeType,
    description: 'The signed-in stakeholder.',
    ...guarded({ level: 'user', action: 'user.me.read' }, (_root, _args, context) => getMe(context)),
  }),
);
