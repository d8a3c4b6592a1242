import type { Me } from '@integrates/domain';
import { builder } from '../builder/builder';

export const MeType = builder.objectRef<Me>('Me').implement({
  description: 'The signed-in stakeholder.',
  fields: (t) => ({
    userEmail: t.exposeString('userEmail'),
    userName: t.exposeString('userName'),
    role: t.exposeString('role', { description: 'The user-level role: admin, hacker or user.' }),
  }),
});
