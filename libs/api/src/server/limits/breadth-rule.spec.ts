import { buildSchema, parse, validate } from 'graphql';
import { maxBreadthRule } from './breadth-rule';

const schema = buildSchema('type Query { a: Int b: Int c: Int d: Int }');
const breadthErrors = (query: string, max = 3) => validate(schema, parse(query), [maxBreadthRule(max)]);

describe('maxBreadthRule', () => {
  it('allows up to the limit and names the count past it', () => {
    expect(breadthErrors('{ a b c }')).toEqual([]);
    const [error] = breadthErrors('{ a b c d }');
    expect(error?.message).toBe('Exception - Max query breadth exceeded (4 root fields; at most 3)');
    expect(error?.extensions).toEqual({ code: 'MAX_BREADTH_EXCEEDED' });
  });

  it('counts fields inside inline fragments and fragment spreads, every spread', () => {
    expect(breadthErrors('{ a ... on Query { b c d } }')).toHaveLength(1);
    expect(breadthErrors('{ ...F ...F } fragment F on Query { a b }')).toHaveLength(1);
    expect(breadthErrors('{ ...F } fragment F on Query { a b }')).toEqual([]);
  });

  it('checks each operation of a document on its own', () => {
    expect(breadthErrors('query One { a b } query Two { c d }')).toEqual([]);
    expect(breadthErrors('query One { a b } query Two { a b c d }')).toHaveLength(1);
  });

  it('counts a fragment bomb in linear time and survives a fragment cycle', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, level) =>
      level === levels - 1 ? `fragment F${level} on Query { a }` : `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }`,
    ).join('\n');
    const [error] = breadthErrors(`{ ...F0 } ${fragments}`);
    expect(error?.message).toBe(`Exception - Max query breadth exceeded (${2 ** (levels - 1)} root fields; at most 3)`);
    expect(breadthErrors('{ ...A } fragment A on Query { a ...B } fragment B on Query { b ...A }')).toEqual([]);
  });
});
