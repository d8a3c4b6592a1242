import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Dataloaders } from '@integrates/db-model';
import type { Viewer } from '@integrates/domain';
import type { GraphQLContext } from '../builder/context';
import { schema } from '../schema';
import { maskError } from './mask-error';

/** What the HTTP host hands to each GraphQL execution. */
export interface ServerContext {
  readonly viewer?: Viewer;
  readonly requestId?: string;
}

export interface GraphQLServerOptions {
  readonly endpoint: string;
  readonly graphiql: boolean;
  readonly createLoaders: () => Dataloaders;
  readonly onUnexpectedError: (error: unknown) => void;
}

export type GraphQLServer = YogaServerInstance<ServerContext, GraphQLContext>;

export const createGraphQLServer = (options: GraphQLServerOptions): GraphQLServer =>
  createYoga<ServerContext, GraphQLContext>({
    schema,
    graphqlEndpoint: options.endpoint,
    graphiql: options.graphiql,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error) => maskError(error, options.onUnexpectedError) },
    context: ({ viewer, requestId }): GraphQLContext => ({
      loaders: options.createLoaders(),
      ...(viewer ? { viewer } : {}),
      ...(requestId ? { requestId } : {}),
    }),
  });
