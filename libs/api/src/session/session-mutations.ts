import { acknowledgeConcurrentSession } from '@integrates/domain';
import { builder } from '../builder/builder';
import { guarded } from '../builder/authz';
import { SimplePayloadType, SUCCESS } from '../common/simple-payload';

builder.mutationField('acknowledgeConcurrentSession', (t) =>
  t.field({
    type: SimplePayloadType,
    description: 'Clears the concurrent-session flag once the user has seen the warning.',
    ...guarded({ level: 'user', action: 'user.session.acknowledge_concurrent' }, async (_root, _args, context) => {
      await acknowledgeConcurrentSession(context);
      return SUCCESS;
    }),
  }),
);
