import type { Server } from 'node:http';
import { createSchema, createYoga } from 'graphql-yoga';

/** The smallest Yoga the baselines serve: one query type, no GraphiQL, no logging, answering `{ __typename }`. */
export const baselineYoga = () =>
  createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    graphqlEndpoint: '/api',
    graphiql: false,
    logging: false,
  });

/** Says where it listens on standard output (the benchmark reads it), and stops on SIGTERM. */
export const announce = (server: Server, name: string): void => {
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    process.stdout.write(`${name} listening on http://127.0.0.1:${port}/api\n`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
};
