export { schema } from './schema';
export * from './server/graphql-server';
export type { GraphQLContext } from './builder/context';
