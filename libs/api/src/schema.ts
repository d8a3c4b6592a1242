import type { GraphQLSchema } from 'graphql';
import { builder } from './builder/builder';
// Each module registers its types and fields on the builder when imported.
import './me/me-type';
import './access-tokens/access-token-mutations';
import './session/session-mutations';
import './organization/organization-type';
import './group/group-type';

export const schema: GraphQLSchema = builder.toSchema({ sortSchema: true });
