import { schema } from '@integrates/api';
import { isInterfaceType, isObjectType, parse, validate, type GraphQLSchema } from 'graphql';

/** Schema coordinates (`Type.field`) the schema does not have. */
export const missingFields = (coordinates: readonly string[], against: GraphQLSchema = schema): readonly string[] =>
  coordinates.filter((coordinate) => {
    const [typeName = '', fieldName = ''] = coordinate.split('.');
    const type = against.getType(typeName);
    return !((isObjectType(type) || isInterfaceType(type)) && fieldName in type.getFields());
  });

/** Why a document does not run against the schema (empty when it does). */
export const documentProblems = (document: string, against: GraphQLSchema = schema): readonly string[] => {
  try {
    return validate(against, parse(document)).map((error) => error.message);
  } catch (error) {
    return [(error as Error).message];
  }
};

export type Availability =
  | { readonly available: true }
  | { readonly available: false; readonly reason: 'not available yet' | 'document does not match the schema'; readonly detail: string };

/**
 * Whether an operation can run: every field it needs exists, and its documents validate. A missing
 * field means the feature has not landed ("not available yet"); a document that fails with every field
 * present is the benchmark's own mistake, and is reported as such rather than hidden.
 */
export const availabilityOf = (
  requires: readonly string[],
  documents: readonly string[],
  against: GraphQLSchema = schema,
): Availability => {
  const missing = missingFields(requires, against);
  if (missing.length > 0) return { available: false, reason: 'not available yet', detail: `the schema has no ${missing.join(', ')}` };
  const problems = documents.flatMap((document) => documentProblems(document, against));
  if (problems.length > 0) return { available: false, reason: 'document does not match the schema', detail: problems.join('; ') };
  return { available: true };
};
