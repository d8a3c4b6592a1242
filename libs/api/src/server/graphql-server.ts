import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Dataloaders } from '@integrates/db-model';
import type { Viewer } from '@integrates/domain';
import type { GraphQLContext } from '../builder/context';
import { schema } from '../schema';
import { DEFAULT_GRAPHQL_HARDENING, hardenedYogaOptions, type GraphQLHardening } from './hardening';
import { maskError } from './mask-error';
import { useOperationLogging } from './operation-logging';

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
  /** Limits, production mode and persisted operations; the defaults suit development. */
  readonly hardening?: GraphQLHardening;
}

export type GraphQLServer = YogaServerInstance<ServerContext, GraphQLContext>;

export const createGraphQLServer = (options: GraphQLServerOptions): GraphQLServer => {
  const hardening = options.hardening ?? DEFAULT_GRAPHQL_HARDENING;
  const { plugins: hardeningPlugins, ...hardenedOptions } = hardenedYogaOptions(hardening);
  return createYoga<ServerContext, GraphQLContext>({
    ...hardenedOptions,
    plugins: [...hardeningPlugins, useOperationLogging()],
    schema,
    graphqlEndpoint: options.endpoint,
    graphiql: options.graphiql,
    landingPage: false,
    logging: false,
    maskedErrors: { maskError: (error) => maskError(error, options.onUnexpectedError, hardening.exposeErrorDetails) },
    context: ({ viewer, requestId }): GraphQLContext => ({
      loaders: options.createLoaders(),
      ...(viewer ? { viewer } : {}),
      ...(requestId ? { requestId } : {}),
    }),
  });
};
