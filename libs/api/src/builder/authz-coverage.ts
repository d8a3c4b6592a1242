import { isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { AUTHZ_EXTENSION } from './authz';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

const declares = (extensions: Readonly<Record<string, unknown>> | null | undefined): boolean =>
  extensions?.[AUTHZ_EXTENSION] !== undefined;

/**
 * The fields of `schema` that declare no authorization rule: every root field must declare its own;
 * any other field must declare one unless its type declares that the returning field guards it.
 */
export const fieldsWithoutRule = (schema: GraphQLSchema): readonly string[] =>
  Object.values(schema.getTypeMap())
    .filter((type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'))
    .filter((type) => ROOTS.has(type.name) || !declares(type.extensions))
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) => !declares(field.extensions))
        .map((field) => `${type.name}.${field.name}`),
    );
