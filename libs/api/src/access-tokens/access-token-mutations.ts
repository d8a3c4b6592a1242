import { addAccessToken, invalidateAccessToken } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded, INHERITED } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';

interface AddAccessTokenPayload {
  readonly success: boolean;
  readonly sessionJwt: string;
}

const AddAccessTokenPayloadType = builder.objectRef<AddAccessTokenPayload>('UpdateAccessTokenPayload').implement({
  extensions: INHERITED,
  fields: (t) => ({
    success: t.exposeBoolean('success'),
    sessionJwt: t.exposeString('sessionJwt', { description: 'The token, shown this once: send it as `Authorization: Bearer <token>`.' }),
  }),
});

builder.mutationField('addAccessToken', (t) =>
  t.field({
    type: AddAccessTokenPayloadType,
    description: 'Issues an API token (at most 2 per stakeholder, expiring within 26 weeks).',
    args: {
      name: t.arg.string({ required: true, description: '1 to 20 characters.' }),
      expirationTime: t.arg.int({ required: true, description: 'Epoch seconds; in the future and at most 26 weeks away.' }),
    },
    ...guarded({ level: 'user', action: 'user.access_tokens.add' }, async (_root, args: { name: string; expirationTime: number }, context) => ({
      success: true,
      sessionJwt: await addAccessToken(context, args.name, args.expirationTime),
    })),
  }),
);

builder.mutationField('invalidateAccessToken', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Revokes one of the signed-in stakeholder\'s API tokens.',
    args: { id: t.arg.id({ required: true }) },
    ...guarded({ level: 'user', action: 'user.access_tokens.invalidate' }, async (_root, args: { id: string | number }, context) => {
      await invalidateAccessToken(context, String(args.id));
      return SUCCESS;
    }),
  }),
);
