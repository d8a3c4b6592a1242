import type { GraphQLSchema } from 'graphql';
import { builder } from './builder/builder';
// Each module registers its types and fields on the builder when imported.
import './me/me-query';

export const schema: GraphQLSchema = builder.toSchema({ sortSchema: true });
