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
  /** The loaders the host used to resolve the viewer, reused so the request reads the stakeholder once. */
  readonly loaders?: Dataloaders;
}

export interface GraphQLServerOptions {
  readonly endpoint: string;
  readonly graphiql: boolean;
  readonly createLoaders: () => Dataloaders;
  /** Signs and verifies sessions, API tokens and invitations. */
  readonly signingKey: Uint8Array;
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
    context: ({ viewer, requestId, loaders }): GraphQLContext => ({
      loaders: loaders ?? options.createLoaders(),
      signingKey: options.signingKey,
      ...(viewer ? { viewer } : {}),
      ...(requestId ? { requestId } : {}),
    }),
  });
};
