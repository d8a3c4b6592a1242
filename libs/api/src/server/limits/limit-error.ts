import { GraphQLError } from 'graphql';

/**
 * A refusal of the request itself (nothing was executed). `http.spec` tells Yoga to answer 400 to
 * `application/graphql-response+json` and 200 to `application/json`, as GraphQL over HTTP asks for
 * document errors; Yoga strips `http` before the error reaches the client.
 */
export const requestError = (code: string, message: string, status = 400, spec = true): GraphQLError =>
  new GraphQLError(message, { extensions: { code, http: { status, ...(spec ? { spec: true } : {}) } } });

/** The original's style: "Exception - Max query breadth exceeded", plus what was found and the bound. */
export const limitMessage = (what: string, found: string, limit: number): string =>
  `Exception - Max query ${what} exceeded (${found}; at most ${limit})`;
