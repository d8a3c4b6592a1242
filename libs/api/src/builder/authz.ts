import type { AuthzRule } from '@integrates/authz';
import { authorize, type AuthzTarget } from '@integrates/domain';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './context';

/** The extension key under which every field and type declares its authorization rule. */
export const AUTHZ_EXTENSION = 'authz';

/** Declared on an object type: its fields are guarded by the rule of the field that returned the object. */
export const INHERITED = { [AUTHZ_EXTENSION]: 'inherited from the field that returns this type' } as const;

type Resolver<P, A, R> = (parent: P, args: A, context: GraphQLContext, info: GraphQLResolveInfo) => R | Promise<R>;

/**
 * A resolver guarded by `rule`: the rule is checked (against the group or organization `target`
 * names) before the resolver runs, and recorded in the field's extensions so that a test can prove
 * every field declares one.
 */
export const guarded = <P, A, R>(
  rule: AuthzRule,
  resolve: Resolver<P, A, R>,
  target?: (parent: P, args: A, context: GraphQLContext) => AuthzTarget | Promise<AuthzTarget>,
) => ({
  extensions: { [AUTHZ_EXTENSION]: rule },
  resolve: async (parent: P, args: A, context: GraphQLContext, info: GraphQLResolveInfo): Promise<R> => {
    await authorize(context, rule, target ? await target(parent, args, context) : {});
    return resolve(parent, args, context, info);
  },
});
