import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { limitMessage } from './limit-error';
import type { OperationLimits } from './operation-limits';

/** graphql-armor names what it found ("..., found 9."); the refusal repeats it in our words. */
const foundIn = (message: string, unit: string, limit: number): string => {
  const found = /found (\d+(?:\.\d+)?)/.exec(message)?.[1];
  return found ? `${found} ${unit}` : `more than ${limit} ${unit}`;
};

/** Report through the validation context (a 400 validation error) instead of throwing from inside the validator. */
const refuseWith = (code: string, what: string, unit: string, limit: number) => ({
  n: limit,
  exposeLimits: true,
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError): void => {
      context?.reportError(new GraphQLError(limitMessage(what, foundIn(error.message, unit, limit), limit), { extensions: { code } }));
    },
  ],
});

/** Depth, aliases, directives (fragments expanded) and cost, measured by graphql-armor on the parsed operation. */
export const armorLimitPlugins = (limits: OperationLimits): Plugin[] => {
  const { n: maxCost, ...costRefusal } = refuseWith('MAX_COST_EXCEEDED', 'cost', 'points', limits.maxCost);
  return new EnvelopArmor({
    // Counted before parsing, together with the length (document-size.ts).
    maxTokens: { enabled: false },
    // Production strips every "Did you mean" (production-mode.ts), enum-value suggestions included.
    blockFieldSuggestion: { enabled: false },
    maxDepth: refuseWith('MAX_DEPTH_EXCEEDED', 'depth', 'levels', limits.maxDepth),
    // The default allow-list exempts `__typename`, the field alias-overloading probes use.
    maxAliases: { ...refuseWith('MAX_ALIASES_EXCEEDED', 'aliases', 'aliases', limits.maxAliases), allowList: [] },
    maxDirectives: refuseWith('MAX_DIRECTIVES_EXCEEDED', 'directives', 'directives', limits.maxDirectives),
    costLimit: { ...costRefusal, maxCost },
  }).protect().plugins as Plugin[];
};
