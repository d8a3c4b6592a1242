import { getMe } from '@integrates/domain';
import { builder } from '../builder/builder';
import { MeType } from './me-type';

builder.queryField('me', (t) =>
  t.field({
    type: MeType,
    description: 'The signed-in stakeholder.',
    resolve: (_root, _args, context) => getMe(context),
  }),
);
