import { buildSchema, parse, validate } from 'graphql';
import { introspectionDisabledRule, stripSuggestions } from './production-mode';

describe('stripSuggestions', () => {
  it.each([
    ['Cannot query field "usrEmail" on type "Me". Did you mean "userEmail" or "userName"?', 'Cannot query field "usrEmail" on type "Me".'],
    ['Value "AA" does not exist in "R" enum. Did you mean the enum value "A"?', 'Value "AA" does not exist in "R" enum.'],
    ['Unknown type "Strin". Did you mean "String"?', 'Unknown type "Strin".'],
    ['Syntax Error: Unexpected Name "qwerty".', 'Syntax Error: Unexpected Name "qwerty".'],
  ])('%s', (message, stripped) => {
    expect(stripSuggestions(message)).toBe(stripped);
  });
});

describe('introspectionDisabledRule', () => {
  const schema = buildSchema('type Query { a: Int }');
  const errors = (query: string) => validate(schema, parse(query), [introspectionDisabledRule]);

  it('refuses __schema and __type wherever they appear', () => {
    expect(errors('{ __schema { queryType { name } } }').map((error) => error.extensions)).toEqual([{ code: 'INTROSPECTION_DISABLED' }]);
    expect(errors('{ ...F } fragment F on Query { __type(name: "Query") { name } }')[0]?.message).toBe(
      'Exception - Introspection is disabled (__type)',
    );
  });

  it('leaves __typename alone', () => {
    expect(errors('{ __typename a }')).toEqual([]);
  });
});
