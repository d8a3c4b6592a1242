import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { limitMessage } from './limit-error';

/**
 * Root fields of one selection set, fragments expanded. Each fragment is counted once and then
 * remembered, so fragments spread many times over cost no more than reading them; a fragment cycle
 * adds nothing (NoFragmentCyclesRule reports it).
 */
const countFields = (
  selectionSet: SelectionSetNode,
  context: ValidationContext,
  counted: Map<string, number>,
  visiting: ReadonlySet<string>,
): number =>
  selectionSet.selections.reduce((count, selection) => {
    if (selection.kind === Kind.FIELD) return count + 1;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      return count + countFields(selection.selectionSet, context, counted, visiting);
    }
    const name = selection.name.value;
    const known = counted.get(name);
    if (known !== undefined) return count + known;
    const fragment = visiting.has(name) ? undefined : context.getFragment(name);
    if (!fragment) return count;
    const fields = countFields(fragment.selectionSet, context, counted, new Set([...visiting, name]));
    counted.set(name, fields);
    return count + fields;
  }, 0);

/** At most `max` root fields per operation ("Exception - Max query breadth exceeded", as in the original). */
export const maxBreadthRule =
  (max: number) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const breadth = countFields(operation.selectionSet, context, new Map(), new Set());
      if (breadth > max) {
        context.reportError(
          new GraphQLError(limitMessage('breadth', `${breadth} root fields`, max), {
            nodes: [operation],
            extensions: { code: 'MAX_BREADTH_EXCEEDED' },
          }),
        );
      }
      return false;
    },
  });
