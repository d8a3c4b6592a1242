import { isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { schema } from '../schema';
import { AUTHZ_EXTENSION } from './authz';

const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

const objectTypes = (): readonly GraphQLObjectType[] =>
  Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !type.name.startsWith('__'),
  );

const declares = (extensions: Readonly<Record<string, unknown>> | null | undefined): boolean =>
  extensions?.[AUTHZ_EXTENSION] !== undefined;

/** Pothos keeps field options' extensions on the field. */
const fieldRule = (field: GraphQLField<unknown, unknown>) => field.extensions;

describe('every field declares its authorization rule', () => {
  it('root fields and mutations each declare their own rule', () => {
    const missing = objectTypes()
      .filter((type) => ROOTS.has(type.name))
      .flatMap((type) => Object.values(type.getFields()).filter((field) => !declares(fieldRule(field))).map((field) => `${type.name}.${field.name}`));
    expect(missing).toEqual([]);
  });

  it('every other field declares a rule, or its type declares that the returning field guards it', () => {
    const missing = objectTypes()
      .filter((type) => !ROOTS.has(type.name) && !declares(type.extensions))
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => !declares(fieldRule(field)))
          .map((field) => `${type.name}.${field.name}`),
      );
    expect(missing).toEqual([]);
  });

  it('fails on a field without a rule (the check can fail)', () => {
    const query = schema.getQueryType();
    const me = query?.getFields()['me'];
    expect(me && declares(fieldRule(me))).toBe(true);
    expect(declares({})).toBe(false);
  });
});
