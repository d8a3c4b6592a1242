import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { schema } from '../schema';
import { AUTHZ_EXTENSION } from './authz';
import { fieldsWithoutRule } from './authz-coverage';

describe('every field declares its authorization rule', () => {
  it('holds for the whole schema', () => {
    expect(fieldsWithoutRule(schema)).toEqual([]);
  });

  it('reports an unguarded root field, and a field of a type that neither inherits nor declares', () => {
    const rule = { [AUTHZ_EXTENSION]: { level: 'authenticated' } };
    const Secret = new GraphQLObjectType({ name: 'Secret', fields: { value: { type: GraphQLString } } });
    const Inherited = new GraphQLObjectType({
      name: 'Inherited',
      extensions: { [AUTHZ_EXTENSION]: 'inherited' },
      fields: { value: { type: GraphQLString } },
    });
    const synthetic = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          guarded: { type: Secret, extensions: rule },
          open: { type: GraphQLString },
          inherited: { type: Inherited, extensions: rule },
        },
      }),
    });
    expect(fieldsWithoutRule(synthetic)).toEqual(['Query.open', 'Secret.value']);
  });
});
