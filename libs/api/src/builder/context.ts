import type { DomainContext } from '@integrates/domain';

/** The GraphQL context: the domain context plus what the transport knows about the request. */
export interface GraphQLContext extends DomainContext {
  readonly requestId?: string;
}
